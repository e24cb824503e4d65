package org.claimtrace.article;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.claimtrace.claim.ArticleClaims;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.system.AuditTrail;
import org.claimtrace.system.EditConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submitting, editing, publishing and reading articles. */
@Service
public class ArticleService {

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private final ArticleRepository articles;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final ClaimService claims;

	ArticleService(ArticleRepository articles, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			ClaimService claims) {
		this.articles = articles;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.claims = claims;
	}

	@Transactional
	public ArticleDetails create(ArticleContent content, String actor) {
		refuseDuplicates(content, null);
		Article article = this.articles.saveAndFlush(new Article(content, actor, this.clock.instant()));
		this.audit.record(actor, "article.created", "article", article.getId(), article.getId(), null,
				auditState(article));
		this.events.publishEvent(new ArticleSubmitted(article.getId()));
		return ArticleDetails.of(article);
	}

	/**
	 * @param expectedVersion the version the editor started from; a newer one means
	 * someone else saved first
	 */
	@Transactional
	public ArticleDetails update(Long id, ArticleContent content, long expectedVersion, String actor) {
		Article article = load(id);
		if (article.getVersion() != expectedVersion) {
			throw new EditConflictException("article", id);
		}
		refuseDuplicates(content, id);
		Map<String, Object> before = auditState(article);
		boolean bodyChanged = article.apply(content, this.clock.instant());
		this.articles.saveAndFlush(article);
		this.audit.record(actor, "article.updated", "article", id, id, before, auditState(article));
		if (bodyChanged) {
			this.events.publishEvent(new ArticleSubmitted(id));
		}
		return ArticleDetails.of(article);
	}

	/** Readers see the article (and the public API serves it). */
	@Transactional
	public ArticleDetails publish(Long id, String actor) {
		return changeStatus(id, ArticleStatus.PUBLISHED, "article.published", actor);
	}

	/** Back to draft: readers and the public API no longer find it. */
	@Transactional
	public ArticleDetails unpublish(Long id, String actor) {
		return changeStatus(id, ArticleStatus.DRAFT, "article.unpublished", actor);
	}

	private ArticleDetails changeStatus(Long id, ArticleStatus status, String action, String actor) {
		Article article = load(id);
		ArticleStatus before = article.getStatus();
		if (article.changeStatus(status, this.clock.instant())) {
			this.articles.saveAndFlush(article);
			this.audit.record(actor, action, "article", id, id, Map.of("status", before.name()),
					Map.of("status", status.name()));
		}
		return ArticleDetails.of(article);
	}

	/** Everything people changed on the article and its claims, newest first. */
	@Transactional(readOnly = true)
	public java.util.List<org.claimtrace.system.AuditEntry> history(Long id) {
		load(id);
		return this.audit.forArticle(id);
	}

	/** How many articles are drafts and how many are published. */
	@Transactional(readOnly = true)
	public Map<ArticleStatus, Long> countByStatus() {
		Map<ArticleStatus, Long> counts = new java.util.EnumMap<>(ArticleStatus.class);
		for (ArticleStatus status : ArticleStatus.values()) {
			counts.put(status, this.articles.countByStatus(status));
		}
		return counts;
	}

	@Transactional
	public void delete(Long id, String actor) {
		Article article = load(id);
		this.audit.record(actor, "article.deleted", "article", id, null, auditState(article), null);
		this.articles.delete(article);
		this.events.publishEvent(new ArticleDeleted(id, article.getTitle()));
	}

	/** Published articles for readers, newest first. */
	@Transactional(readOnly = true)
	public Page<ArticleSummary> published(Pageable pageable) {
		return this.articles.findSummariesByStatus(ArticleStatus.PUBLISHED, pageable);
	}

	/** All articles for editors, recently changed first. */
	@Transactional(readOnly = true)
	public Page<ArticleSummary> all(Pageable pageable) {
		return this.articles.findAllSummaries(pageable);
	}

	/**
	 * Published articles matching the filters (each optional), newest first.
	 * @param outlet exact outlet name, any case
	 * @param from published at or after
	 * @param until published before
	 * @param titleContains words the title contains, any case
	 */
	@Transactional(readOnly = true)
	public Page<ArticleSummary> search(String outlet, Instant from, Instant until, String titleContains,
			Pageable pageable) {
		String pattern = (titleContains == null || titleContains.isBlank()) ? null
				: "%" + titleContains.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
		String outletName = (outlet == null || outlet.isBlank()) ? null : outlet.strip().toLowerCase(Locale.ROOT);
		return this.articles.search(outletName, (from != null) ? from : EARLIEST, (until != null) ? until : LATEST,
				pattern, pageable);
	}

	/** Any article (drafts too) with what was extracted from it, for editors. */
	@Transactional(readOnly = true)
	public ArticleWithClaims detailsWithClaims(Long id) {
		return new ArticleWithClaims(details(id), this.claims.forArticle(id));
	}

	/** A published article; drafts are not found. */
	@Transactional(readOnly = true)
	public ArticleDetails publishedDetails(Long id) {
		return this.articles.findById(id)
			.filter((a) -> a.getStatus() == ArticleStatus.PUBLISHED)
			.map(ArticleDetails::of)
			.orElseThrow(() -> ArticleNotFoundException.forId(id));
	}

	/** A published article with what was extracted from it. */
	@Transactional(readOnly = true)
	public ArticleWithClaims publishedWithClaims(Long id) {
		ArticleDetails article = publishedDetails(id);
		return new ArticleWithClaims(article, this.claims.forArticle(id));
	}

	@Transactional(readOnly = true)
	public ArticleDetails details(Long id) {
		return ArticleDetails.of(load(id));
	}

	@Transactional(readOnly = true)
	public Optional<ArticleDetails> find(Long id) {
		return this.articles.findById(id).map(ArticleDetails::of);
	}

	/** Called by extraction jobs; not audited (no person changed anything). */
	@Transactional
	public void markExtraction(Long id, ExtractionStatus status) {
		this.articles.findById(id).ifPresent((a) -> a.markExtraction(status, this.clock.instant()));
	}

	private void refuseDuplicates(ArticleContent content, Long self) {
		this.articles.findByUrl(content.url()).filter((a) -> !a.getId().equals(self)).ifPresent((a) -> {
			throw new DuplicateArticleException("url", a.getId());
		});
		this.articles.findByContentHash(content.contentHash()).filter((a) -> !a.getId().equals(self)).ifPresent((a) -> {
			throw new DuplicateArticleException("body", a.getId());
		});
	}

	private Article load(Long id) {
		return this.articles.findById(id).orElseThrow(() -> ArticleNotFoundException.forId(id));
	}

	private static Map<String, Object> auditState(Article a) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("title", a.getTitle());
		state.put("url", a.getUrl());
		state.put("outlet", a.getOutlet());
		state.put("author", a.getAuthor());
		state.put("publishedAt", String.valueOf(a.getPublishedAt()));
		state.put("status", a.getStatus().name());
		state.put("contentHash", a.getContentHash());
		return state;
	}

}
