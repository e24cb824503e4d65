package org.claimtrace.extraction;

import java.time.Duration;
import java.util.Optional;

import org.claimtrace.article.ArticleSubmitted;
import org.claimtrace.location.LocationService;
import org.claimtrace.system.PayloadTooLargeException;
import org.claimtrace.system.ServiceUnavailableException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Extraction as the rest of the app sees it: previews, the job queue and job status. */
@Service
public class ExtractionService {

	private final ExtractionEngine engine;

	private final ExtractionJobQueue jobs;

	private final ExtractionProperties properties;

	private final LocationService locations;

	ExtractionService(ExtractionEngine engine, ExtractionJobQueue jobs, ExtractionProperties properties,
			LocationService locations) {
		this.locations = locations;
		this.engine = engine;
		this.jobs = jobs;
		this.properties = properties;
	}

	/**
	 * Extracts without storing anything; bounded in size so a request cannot run for
	 * minutes.
	 */
	public ExtractionResult preview(String text) {
		if (text.length() > this.properties.maxPreviewChars()) {
			throw new PayloadTooLargeException("The text has " + text.length() + " characters; at most "
					+ this.properties.maxPreviewChars() + " can be extracted in one request.");
		}
		if (!this.locations.awaitGazetteer(Duration.ofSeconds(90))) {
			throw new ServiceUnavailableException(
					"The place gazetteer is still loading (first start takes about a minute); try again shortly.");
		}
		return this.engine.extract(text);
	}

	/**
	 * Saving an article enqueues its extraction in the same transaction, so no saved
	 * article is missed.
	 */
	@EventListener
	@Transactional
	public void on(ArticleSubmitted event) {
		this.jobs.enqueue(event.articleId(), "SUBMITTED", this.properties.maxAttempts());
	}

	/** Editors ask for a fresh extraction. */
	@Transactional
	public void reextract(Long articleId) {
		this.jobs.enqueue(articleId, "REQUESTED", this.properties.maxAttempts());
	}

	@Transactional(readOnly = true)
	public Optional<JobStatus> latestJob(Long articleId) {
		return this.jobs.latest(articleId);
	}

	@Transactional(readOnly = true)
	public java.util.List<JobRow> recentJobs(int limit) {
		return this.jobs.recent(limit);
	}

	@Transactional(readOnly = true)
	public java.util.List<JobRow> jobsOf(Long articleId) {
		return this.jobs.forArticle(articleId);
	}

	/** Jobs by status (PENDING, RUNNING, DONE, FAILED), zero where there are none. */
	@Transactional(readOnly = true)
	public java.util.Map<String, Long> jobCounts() {
		return this.jobs.countByStatus();
	}

	/** Jobs that ran out of attempts, newest first, with their errors. */
	@Transactional(readOnly = true)
	public java.util.List<JobRow> failedJobs(int limit) {
		return this.jobs.failed(limit);
	}

	/**
	 * Gives a failed job a fresh set of attempts, at once; false when it is not (or no
	 * longer) failed.
	 */
	@Transactional
	public boolean retry(Long jobId) {
		return this.jobs.retry(jobId);
	}

	public String extractorVersion() {
		return this.engine.version();
	}

}
