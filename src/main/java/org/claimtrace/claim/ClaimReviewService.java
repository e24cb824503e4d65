package org.claimtrace.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimtrace.location.LocationService;
import org.claimtrace.source.SourceMerged;
import org.claimtrace.source.SourceService;
import org.claimtrace.source.SourceSummary;
import org.claimtrace.system.AuditTrail;
import org.claimtrace.system.EditConflictException;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors review what the extractor found: approve, correct, reject, split, merge, add.
 * Every change is audited with who, when, before and after.
 */
@Service
public class ClaimReviewService {

	static final Set<String> CATEGORIES = Set.of("CASUALTY", "FORCE_SIZE", "DISTANCE", "OTHER_FIGURE");

	static final Set<String> QUALIFIERS = Set.of("EXACT", "APPROXIMATELY", "AT_LEAST", "MORE_THAN", "AT_MOST", "UP_TO",
			"RANGE", "ESTIMATE", "UNQUANTIFIED");

	static final Set<String> VERIFICATIONS = Set.of("UNVERIFIED", "CONFIRMED", "DISPUTED", "NOT_STATED");

	private static final String ROWS = """
			select c.id, c.article_id, a.title as article_title, c.category, c.kind, c.value_min, c.value_max, c.unit,
			  c.qualifier, c.party, l.id as location_id,
			  case when m.precision = 'UNRESOLVED' then m.mention_text else coalesce(l.name, m.resolved_name) end as place_name,
			  l.country_code as place_country, coalesce(m.precision, l.precision) as place_precision, c.source_id,
			  s.name as source_name, c.cue, c.verification, c.hedged, c.sentence, c.sentence_start,
			  c.span_start as start, c.span_end as "end", c.origin, c.review_status, u.username as reviewed_by,
			  c.reviewed_at, c.review_note, c.merged_into_id, c.version
			from claim c join article a on a.id = c.article_id
			  left join location_mention m on m.id = c.location_mention_id
			  left join location l on l.id = c.location_id
			  left join source s on s.id = c.source_id
			  left join app_user u on u.id = c.reviewed_by_id
			""";

	private static final String QUEUE = " where c.origin = 'AUTOMATIC' and c.review_status = 'UNREVIEWED'";

	private final ClaimRepository claims;

	private final JdbcClient jdbc;

	private final SourceService sources;

	private final LocationService locations;

	private final AuditTrail audit;

	private final Clock clock;

	ClaimReviewService(ClaimRepository claims, JdbcClient jdbc, SourceService sources, LocationService locations,
			AuditTrail audit, Clock clock) {
		this.claims = claims;
		this.jdbc = jdbc;
		this.sources = sources;
		this.locations = locations;
		this.audit = audit;
		this.clock = clock;
	}

	/** Automatically extracted claims nobody has reviewed yet, newest articles first. */
	@Transactional(readOnly = true)
	public Page<ClaimReviewRow> queue(Pageable pageable) {
		List<ClaimReviewRow> rows = this.jdbc
			.sql(ROWS + QUEUE
					+ " order by a.published_at desc, a.id desc, c.span_start, c.id limit :limit offset :offset")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ClaimReviewRow.class)
			.list();
		return new PageImpl<>(rows, pageable, awaitingReview());
	}

	@Transactional(readOnly = true)
	public long awaitingReview() {
		return this.jdbc.sql("select count(*) from claim c" + QUEUE).query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public ClaimReviewRow claim(Long id) {
		return this.jdbc.sql(ROWS + " where c.id = :id")
			.param("id", id)
			.query(ClaimReviewRow.class)
			.optional()
			.orElseThrow(() -> ClaimNotFoundException.forId(id));
	}

	/**
	 * The article's text and all its claims in text order, rejected and merged ones too.
	 */
	@Transactional(readOnly = true)
	public ArticleReview article(Long articleId) {
		ArticleText text = articleText(articleId);
		List<ClaimReviewRow> rows = this.jdbc.sql(ROWS + " where c.article_id = :a order by c.span_start, c.id")
			.param("a", articleId)
			.query(ClaimReviewRow.class)
			.list();
		return new ArticleReview(articleId, text.title(), text.body(), text.status(), rows);
	}

	/**
	 * @param expectedVersion null to approve whatever is saved now
	 */
	@Transactional
	public ClaimReviewRow approve(Long id, Long expectedVersion, String actor) {
		Claim claim = load(id, expectedVersion);
		Map<String, Object> before = claim.auditState();
		claim.approve(editor(actor), this.clock);
		return saved(claim, actor, "claim.approved", before);
	}

	@Transactional
	public ClaimReviewRow reject(Long id, String reason, Long expectedVersion, String actor) {
		Claim claim = load(id, expectedVersion);
		Map<String, Object> before = claim.auditState();
		claim.reject(editor(actor), reason, this.clock);
		return saved(claim, actor, "claim.rejected", before);
	}

	@Transactional
	public ClaimReviewRow correct(Long id, ClaimEdit edit, long expectedVersion, String actor) {
		check(edit);
		Claim claim = load(id, expectedVersion);
		Map<String, Object> before = claim.auditState();
		Long previousLocation = claim.getLocationId();
		claim.correct(edit, sourceId(edit.sourceName()), editor(actor), this.clock);
		if (edit.locationId() != null && !edit.locationId().equals(previousLocation)) {
			resolveMention(claim);
		}
		return saved(claim, actor, "claim.edited", before);
	}

	/** Points the claim at another gazetteer place (found by search or just added). */
	@Transactional
	public ClaimReviewRow relocate(Long id, Long locationId, Long expectedVersion, String actor) {
		Claim claim = load(id, expectedVersion);
		Map<String, Object> before = claim.auditState();
		this.locations.place(locationId)
			.orElseThrow(() -> new IllegalArgumentException("No place with id " + locationId));
		claim.moveTo(locationId, editor(actor), this.clock);
		resolveMention(claim);
		return saved(claim, actor, "claim.place_corrected", before);
	}

	/** Gazetteer places by name, for correcting a claim's place. */
	public List<LocationService.Place> searchPlaces(String query) {
		return (query == null) ? List.of() : this.locations.search(query);
	}

	/** Adds a place the gazetteer lacks and puts the claim there, in one transaction. */
	@Transactional
	public ClaimReviewRow addPlace(Long id, LocationService.NewPlace place, Long expectedVersion, String actor) {
		load(id, expectedVersion);
		LocationService.Place added = this.locations.addPlace(place, actor);
		return relocate(id, added.id(), expectedVersion, actor);
	}

	/** The claim keeps the first figure; a new claim gets the second. */
	@Transactional
	public List<ClaimReviewRow> split(Long id, ClaimSplit split, String actor) {
		Claim claim = load(id, split.version());
		if (split.secondStart() != null || split.secondEnd() != null) {
			checkSpan(claim.getArticleId(), split.secondStart(), split.secondEnd());
		}
		Map<String, Object> before = claim.auditState();
		Claim second = claim.splitOff(split.firstMin(), split.firstMax(), split.secondMin(), split.secondMax(),
				split.secondKind(), split.secondStart(), split.secondEnd(), editor(actor), this.clock);
		this.claims.saveAndFlush(claim);
		this.claims.saveAndFlush(second);
		this.audit.record(actor, "claim.split", "claim", claim.getId(), claim.getArticleId(), before,
				claim.auditState());
		this.audit.record(actor, "claim.added", "claim", second.getId(), second.getArticleId(), null,
				second.auditState());
		return List.of(claim(claim.getId()), claim(second.getId()));
	}

	/**
	 * Two claims of one article become one: the first (in text order) absorbs the second.
	 */
	@Transactional
	public ClaimReviewRow merge(List<Long> ids, String actor) {
		List<Long> distinct = (ids != null) ? ids.stream().distinct().toList() : List.of();
		if (distinct.size() != 2) {
			throw new IllegalArgumentException("Choose exactly two claims to merge");
		}
		List<Claim> found = new ArrayList<>(this.claims.findByIdIn(distinct));
		if (found.size() != 2) {
			throw ClaimNotFoundException.forId(distinct.stream()
				.filter((id) -> found.stream().noneMatch((c) -> c.getId().equals(id)))
				.findFirst()
				.orElse(distinct.get(0)));
		}
		found.sort((a, b) -> (a.getSpanStart() != b.getSpanStart())
				? Integer.compare(a.getSpanStart(), b.getSpanStart()) : a.getId().compareTo(b.getId()));
		Claim target = found.get(0);
		Claim other = found.get(1);
		Map<String, Object> targetBefore = target.auditState();
		Map<String, Object> otherBefore = other.auditState();
		target.absorb(other, editor(actor), this.clock);
		this.claims.saveAndFlush(target);
		this.claims.saveAndFlush(other);
		this.audit.record(actor, "claim.merged", "claim", target.getId(), target.getArticleId(), targetBefore,
				target.auditState());
		this.audit.record(actor, "claim.merged_away", "claim", other.getId(), other.getArticleId(), otherBefore,
				other.auditState());
		return claim(target.getId());
	}

	/** A claim the extractor missed, at this span of the article's text. */
	@Transactional
	public ClaimReviewRow add(Long articleId, ClaimEdit edit, Integer start, Integer end, String actor) {
		check(edit);
		String body = checkSpan(articleId, start, end);
		Claim claim = Claim.addedByEditor(articleId, edit, sourceId(edit.sourceName()),
				sentenceAround(body, start, end), start, end, editor(actor), this.clock);
		this.claims.saveAndFlush(claim);
		this.audit.record(actor, "claim.added", "claim", claim.getId(), articleId, null, readable(claim.auditState()));
		return claim(claim.getId());
	}

	/** Merges a duplicate source into another (see {@link SourceService#merge}). */
	@Transactional
	public SourceSummary mergeSources(Long duplicateId, Long targetId, String actor) {
		return this.sources.merge(duplicateId, targetId, actor);
	}

	/**
	 * A merged source's claims and attributions now name the source it was merged into.
	 */
	@EventListener
	@Transactional
	public void on(SourceMerged event) {
		this.jdbc.sql("update claim set source_id = :target where source_id = :duplicate")
			.param("target", event.targetId())
			.param("duplicate", event.duplicateId())
			.update();
		this.jdbc.sql("update attribution set source_id = :target where source_id = :duplicate")
			.param("target", event.targetId())
			.param("duplicate", event.duplicateId())
			.update();
	}

	private ClaimReviewRow saved(Claim claim, String actor, String action, Map<String, Object> before) {
		this.claims.saveAndFlush(claim);
		this.audit.record(actor, action, "claim", claim.getId(), claim.getArticleId(), readable(before),
				readable(claim.auditState()));
		return claim(claim.getId());
	}

	/** Names beside ids, so the history reads "place: Kursk (RU, city)". */
	private Map<String, Object> readable(Map<String, Object> state) {
		Map<String, Object> named = new java.util.LinkedHashMap<>(state);
		if (state.get("locationId") instanceof Long locationId) {
			this.locations.place(locationId)
				.ifPresent((p) -> named.put("place",
						p.name() + " (" + ((p.countryCode() != null) ? p.countryCode() + ", " : "")
								+ p.precision().toLowerCase(java.util.Locale.ROOT) + ")"));
		}
		if (state.get("sourceId") instanceof Long sourceId) {
			this.jdbc.sql("select name from source where id = :id")
				.param("id", sourceId)
				.query(String.class)
				.optional()
				.ifPresent((name) -> named.put("source", name));
		}
		return named;
	}

	private Claim load(Long id, Long expectedVersion) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> ClaimNotFoundException.forId(id));
		if (expectedVersion != null && claim.getVersion() != expectedVersion) {
			throw new EditConflictException("claim", id);
		}
		return claim;
	}

	/** The place mention the claim came from now names the editor's place. */
	private void resolveMention(Claim claim) {
		if (claim.getLocationMentionId() == null || claim.getLocationId() == null) {
			return;
		}
		LocationService.Place place = this.locations.place(claim.getLocationId()).orElseThrow();
		this.jdbc.sql("""
				update location_mention set location_id = :location, resolved_name = :name, precision = :precision
				where id = :id""")
			.param("location", place.id())
			.param("name", place.name())
			.param("precision", place.precision())
			.param("id", claim.getLocationMentionId())
			.update();
	}

	private Long sourceId(String name) {
		return (name == null || name.isBlank()) ? null : this.sources.resolve(name.strip(), "OTHER", List.of());
	}

	private Claim.Editor editor(String actor) {
		Long id = this.jdbc.sql("select id from app_user where lower(username) = lower(:u)")
			.param("u", actor)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("Unknown editor " + actor));
		return new Claim.Editor(id, actor);
	}

	private ArticleText articleText(Long articleId) {
		return this.jdbc.sql("select title, body, status from article where id = :id")
			.param("id", articleId)
			.query(ArticleText.class)
			.optional()
			.orElseThrow(() -> ClaimNotFoundException.forArticle(articleId));
	}

	private String checkSpan(Long articleId, Integer start, Integer end) {
		String body = articleText(articleId).body();
		if (start == null || end == null || start < 0 || end > body.length() || start >= end) {
			throw new IllegalArgumentException(
					"The span " + start + "–" + end + " is not inside the article's text (0–" + body.length() + ")");
		}
		return body;
	}

	/**
	 * The sentence holding the span: from the previous full stop or line break to the
	 * next.
	 */
	static Claim.TextRange sentenceAround(String body, int start, int end) {
		int from = start;
		while (from > 0) {
			char c = body.charAt(from - 1);
			if (c == '\n' || ((c == ' ') && from >= 2 && ".!?".indexOf(body.charAt(from - 2)) >= 0)) {
				break;
			}
			from--;
		}
		int to = end;
		while (to < body.length()) {
			char c = body.charAt(to);
			if (c == '\n') {
				break;
			}
			to++;
			if (".!?".indexOf(c) >= 0 && (to == body.length() || Character.isWhitespace(body.charAt(to)))) {
				break;
			}
		}
		return new Claim.TextRange(body.substring(from, to), from, to);
	}

	private static void check(ClaimEdit edit) {
		require(CATEGORIES, edit.category(), "category");
		require(QUALIFIERS, edit.qualifier(), "qualifier");
		require(VERIFICATIONS, edit.verification(), "verification");
		if (edit.kind() == null || edit.kind().isBlank()) {
			throw new IllegalArgumentException("kind is required");
		}
		if (edit.valueMin() != null && edit.valueMax() != null && edit.valueMin().compareTo(edit.valueMax()) > 0) {
			throw new IllegalArgumentException("valueMin cannot be larger than valueMax");
		}
		if (edit.valueMin() == null && edit.valueMax() != null) {
			throw new IllegalArgumentException("valueMax needs a valueMin");
		}
	}

	private static void require(Set<String> allowed, String value, String field) {
		if (value == null || !allowed.contains(value)) {
			throw new IllegalArgumentException(field + " must be one of " + allowed.stream().sorted().toList());
		}
	}

	record ArticleText(String title, String body, String status) {
	}

	/**
	 * @param version the version the editor saw; null for no check
	 */
	public record ClaimSplit(BigDecimal firstMin, BigDecimal firstMax, BigDecimal secondMin, BigDecimal secondMax,
			String secondKind, Integer secondStart, Integer secondEnd, Long version) {
	}

}
