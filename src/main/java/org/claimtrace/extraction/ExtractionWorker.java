package org.claimtrace.extraction;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.claimtrace.article.ArticleDetails;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.ExtractionStatus;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.NewClaims;
import org.claimtrace.location.LocationService;
import org.claimtrace.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Takes extraction jobs from the queue, runs the extractor and stores the claims. */
@Component
class ExtractionWorker {

	private static final Logger log = LoggerFactory.getLogger(ExtractionWorker.class);

	private final ExtractionEngine engine;

	private final ExtractionJobQueue jobs;

	private final ExtractionProperties properties;

	private final ArticleService articles;

	private final ClaimService claims;

	private final SourceService sources;

	private final LocationService locations;

	private final TransactionTemplate transactions;

	private final String workerName = ManagementFactory.getRuntimeMXBean().getName();

	ExtractionWorker(ExtractionEngine engine, ExtractionJobQueue jobs, ExtractionProperties properties,
			ArticleService articles, ClaimService claims, SourceService sources, LocationService locations,
			TransactionTemplate transactions) {
		this.engine = engine;
		this.jobs = jobs;
		this.properties = properties;
		this.articles = articles;
		this.claims = claims;
		this.sources = sources;
		this.locations = locations;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.properties.warmUp()) {
			this.engine.warmUpInBackground();
		}
		if (this.properties.worker()) {
			int released = this.jobs.releaseStale(Duration.ofMinutes(10));
			int outdated = this.jobs.enqueueOutdated(this.engine.version(), this.properties.maxAttempts());
			if (released + outdated > 0) {
				log.info("Extraction queue: {} stale jobs released, {} articles queued for extractor {}", released,
						outdated, this.engine.version());
			}
		}
	}

	@Scheduled(fixedDelayString = "${claimtrace.extraction.poll-interval:2s}", initialDelayString = "3s")
	void poll() {
		if (!this.properties.worker()) {
			return;
		}
		while (runNext()) {
			// drain the queue, then sleep until the next poll
		}
	}

	/** Runs one job; false when there was none (or places cannot be resolved yet). */
	boolean runNext() {
		if (!this.locations.awaitGazetteer(Duration.ofSeconds(1))) {
			return false;
		}
		Optional<ExtractionJobQueue.Job> claimed = this.jobs.claimNext(this.workerName);
		if (claimed.isEmpty()) {
			return false;
		}
		ExtractionJobQueue.Job job = claimed.get();
		long start = System.nanoTime();
		Optional<ArticleDetails> article = this.articles.find(job.articleId());
		if (article.isEmpty()) {
			this.jobs.complete(job, this.engine.version(), 0);
			return true;
		}
		this.articles.markExtraction(job.articleId(), ExtractionStatus.RUNNING);
		try {
			ExtractionResult result = this.engine.extract(article.get().body());
			long ms = (System.nanoTime() - start) / 1_000_000;
			this.transactions.executeWithoutResult((tx) -> {
				this.claims.replaceAutomatic(toNewClaims(article.get(), result));
				this.jobs.complete(job, result.extractorVersion(), ms);
				this.articles.markExtraction(job.articleId(), ExtractionStatus.DONE);
			});
			log.info("Extracted article {}: {} claims, {} attributions, {} places in {} ms", job.articleId(),
					result.claims().size(), result.attributions().size(), result.places().size(), ms);
		}
		catch (RuntimeException ex) {
			long ms = (System.nanoTime() - start) / 1_000_000;
			String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			boolean retry = this.jobs.fail(job, error, ms);
			this.articles.markExtraction(job.articleId(), retry ? ExtractionStatus.PENDING : ExtractionStatus.FAILED);
			log.warn("Extraction of article {} failed (attempt {} of {}): {}", job.articleId(), job.attempts(),
					job.maxAttempts(), error, ex);
		}
		return true;
	}

	private NewClaims toNewClaims(ArticleDetails article, ExtractionResult result) {
		List<NewClaims.Attribution> attributions = new ArrayList<>();
		List<Long> attributionSources = new ArrayList<>();
		for (ExtractedAttribution a : result.attributions()) {
			Long sourceId = (a.sourceName() != null && !a.sourceName().isBlank())
					? this.sources.resolve(a.sourceName(), a.sourceKind(), aliases(a.sourceAliases())) : null;
			attributionSources.add(sourceId);
			attributions.add(new NewClaims.Attribution(sourceId, span(a.source()), span(a.cue()), span(a.content()),
					a.direct()));
		}
		Set<Long> geonamesIds = new HashSet<>();
		for (ExtractedPlace p : result.places()) {
			if (p.geonamesId() != null) {
				geonamesIds.add(p.geonamesId());
			}
			if (p.regionGeonamesId() != null) {
				geonamesIds.add(p.regionGeonamesId());
			}
		}
		Map<Long, Long> locationIds = this.locations.idsByGeonamesId(geonamesIds);
		List<NewClaims.PlaceMention> places = result.places().stream().map((p) -> {
			// places editors added have a row but no GeoNames id
			Long locationId = (p.geonamesId() != null) ? locationIds.get(p.geonamesId()) : p.locationId();
			return new NewClaims.PlaceMention(locationId, locationIds.get(p.regionGeonamesId()), span(p.mention()),
					p.name(), (locationId != null) ? upper(p.precision()) : "UNRESOLVED");
		}).toList();
		Long outletId = null;
		List<NewClaims.Figure> figures = new ArrayList<>();
		for (ExtractedClaim c : result.claims()) {
			Long sourceId;
			if (c.attributionIndex() != null) {
				sourceId = attributionSources.get(c.attributionIndex());
			}
			else if (c.sourceName() != null && !c.sourceName().isBlank()) {
				sourceId = this.sources.resolve(c.sourceName(), c.sourceKind(), List.of());
			}
			else {
				if (outletId == null) {
					outletId = this.sources.resolve(article.outlet(), "OUTLET", List.of());
				}
				sourceId = outletId;
			}
			figures.add(new NewClaims.Figure(upper(c.category()), c.kind(), c.valueMin(), c.valueMax(), c.unit(),
					upper(c.qualifier()), c.party(), c.parentIndex(), c.placeIndex(), c.attributionIndex(), sourceId,
					c.cue(), upper(c.verification()), c.hedged(), span(c.sentence()), c.start(), c.end(),
					c.periodTotal()));
		}
		return new NewClaims(article.id(), result.extractorName(), result.extractorVersion(), attributions, places,
				figures);
	}

	private static List<String> aliases(List<String> aliases) {
		return (aliases != null) ? aliases : List.of();
	}

	private static NewClaims.Span span(TextSpan span) {
		return (span != null) ? new NewClaims.Span(span.text(), span.start(), span.end()) : null;
	}

	private static String upper(String value) {
		return (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

}
