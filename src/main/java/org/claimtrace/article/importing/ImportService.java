package org.claimtrace.article.importing;

import java.lang.management.ManagementFactory;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.claimtrace.article.ArticleService;
import org.claimtrace.article.DuplicateArticleException;
import org.claimtrace.system.PayloadTooLargeException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits import jobs and works through them: each line is saved through
 * {@link ArticleService} (so it gets its extraction job) in its own transaction together
 * with the job's progress, so a restart resumes after the last line recorded. A bad line
 * is recorded with its reason and never stops the others; an article already stored (same
 * URL or same text) is counted as a duplicate.
 */
@Service
class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	static final int FAILURES_SHOWN = 1000;

	private final ImportJobStore jobs;

	private final ArticleService articles;

	private final TransactionTemplate transactions;

	private final Validator validator;

	private final ImportProperties properties;

	private final String workerName = ManagementFactory.getRuntimeMXBean().getName();

	ImportService(ImportJobStore jobs, ArticleService articles, TransactionTemplate transactions, Validator validator,
			ImportProperties properties) {
		this.jobs = jobs;
		this.articles = articles;
		this.transactions = transactions;
		this.validator = validator;
		this.properties = properties;
	}

	/**
	 * Stores the file as a pending job.
	 * @param format JSONL, FEED (RSS, ATOM) or null/auto to detect it
	 * @throws IllegalArgumentException empty file or unknown format
	 * @throws PayloadTooLargeException over {@code claimtrace.import.max-file-bytes}
	 */
	@Transactional
	ImportJobView submit(String fileName, String format, byte[] content, String actor) {
		if (content == null || content.length == 0) {
			throw new IllegalArgumentException("The file is empty");
		}
		if (content.length > this.properties.maxFileBytes()) {
			throw new PayloadTooLargeException("The file is larger than "
					+ (this.properties.maxFileBytes() / (1024 * 1024)) + " MB; split it into smaller files");
		}
		ImportFormat detected = ImportFormat.detect(format, fileName, content);
		String name = (fileName == null || fileName.isBlank()) ? "upload." + detected.name().toLowerCase()
				: fileName.strip();
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		Integer total = (detected == ImportFormat.JSONL) ? JsonLinesReader.countLines(content) : null;
		Long id = this.jobs.create(name, detected, content, total, actor);
		log.info("Import {} of {} ({}, {} bytes) submitted by {}", id, name, detected, content.length, actor);
		return view(id);
	}

	@Transactional(readOnly = true)
	ImportJobView view(Long id) {
		return this.jobs.find(id).orElseThrow(() -> ImportNotFoundException.forId(id));
	}

	@Transactional(readOnly = true)
	List<ImportFailure> failures(Long id) {
		return this.jobs.failures(id, FAILURES_SHOWN);
	}

	@Transactional(readOnly = true)
	List<ImportJobView> recent() {
		return this.jobs.recent(20);
	}

	/**
	 * Takes the next waiting (or abandoned) job and runs it; false when there was none.
	 */
	boolean runNext() {
		return this.jobs.claimNext(this.workerName, this.properties.staleAfter()).map((job) -> {
			run(job, (progress) -> {
			});
			return true;
		}).orElse(false);
	}

	/** Runs this pending job in the calling thread (command line). */
	ImportJobView runNow(Long id, Consumer<ImportJobView> progress) {
		ImportJobStore.Claimed job = this.jobs.claim(id, this.workerName)
			.orElseThrow(() -> new IllegalStateException("Import " + id + " is not pending"));
		run(job, progress);
		return view(id);
	}

	private void run(ImportJobStore.Claimed job, Consumer<ImportJobView> progress) {
		if (job.linesRead() > 0) {
			log.info("Import {} resumes after line {}", job.id(), job.linesRead());
		}
		long start = System.nanoTime();
		try {
			byte[] content = this.jobs.content(job.id());
			Iterator<ImportItem> items;
			Integer lines = null;
			if (job.format() == ImportFormat.JSONL) {
				items = new JsonLinesReader(content, job.linesRead(), this.validator, this.properties.maxLineBytes());
				lines = JsonLinesReader.countLines(content);
			}
			else {
				List<ImportItem> all = FeedReader.read(content);
				this.jobs.total(job.id(), all.size());
				items = all.stream().filter((item) -> item.number() > job.linesRead()).iterator();
			}
			int processed = 0;
			while (items.hasNext()) {
				process(job, items.next());
				if (++processed % 50 == 0) {
					progress.accept(view(job.id()));
				}
			}
			this.jobs.finish(job.id(), "DONE", null, lines);
		}
		catch (IllegalArgumentException ex) {
			this.jobs.finish(job.id(), "FAILED", ex.getMessage(), null);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} stopped", job.id(), ex);
			this.jobs.finish(job.id(), "FAILED", "Stopped by an unexpected error: " + ex.getClass().getSimpleName(),
					null);
		}
		ImportJobView done = view(job.id());
		log.info("Import {} {}: {} saved, {} duplicates, {} failed in {} ms", job.id(), done.status(), done.saved(),
				done.duplicates(), done.failed(), (System.nanoTime() - start) / 1_000_000);
		progress.accept(done);
	}

	private void process(ImportJobStore.Claimed job, ImportItem item) {
		if (item.failure() != null) {
			record(job, item.number(), ImportJobStore.Outcome.FAILED, item.failure());
			return;
		}
		try {
			this.transactions.executeWithoutResult((tx) -> {
				this.articles.create(item.content(), job.createdBy());
				this.jobs.recordLine(job.id(), item.number(), ImportJobStore.Outcome.SAVED, null);
			});
		}
		catch (DuplicateArticleException | DuplicateKeyException ex) {
			record(job, item.number(), ImportJobStore.Outcome.DUPLICATE, null);
		}
		catch (DataIntegrityViolationException ex) {
			record(job, item.number(), ImportJobStore.Outcome.FAILED, "the database refused the article");
		}
		catch (RuntimeException ex) {
			log.warn("Import {} line {} not saved", job.id(), item.number(), ex);
			record(job, item.number(), ImportJobStore.Outcome.FAILED, (ex instanceof IllegalArgumentException)
					? ex.getMessage() : "could not be saved (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private void record(ImportJobStore.Claimed job, int line, ImportJobStore.Outcome outcome, String reason) {
		this.transactions.executeWithoutResult((tx) -> this.jobs.recordLine(job.id(), line, outcome, reason));
	}

}
