package org.claimtrace.claim;

import static org.claimtrace.claim.Rows.doubleOrNull;
import static org.claimtrace.claim.Rows.instant;
import static org.claimtrace.claim.Rows.longOrNull;
import static org.claimtrace.claim.Rows.lower;
import static org.claimtrace.claim.Rows.stripped;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of claims for readers: filter, sort, page, search and export. Every query
 * shows published articles only and hides rejected claims. A page is one SQL statement
 * for its rows (article, source and place joined in) plus one count.
 */
@Service
public class ClaimExplorer {

	/** Most rows one export returns; the export says when it was cut. */
	public static final int EXPORT_CAP = 10_000;

	static final String SELECT = """
			select c.id, c.category, c.kind, c.value_min, c.value_max, c.unit, c.qualifier, c.party, c.parent_claim_id,
			  c.cue, c.verification, c.hedged, c.period_total, c.review_status, c.sentence, c.span_start, c.span_end, c.extractor_name,
			  c.extractor_version, a.id as article_id, a.title as article_title, a.url as article_url,
			  a.outlet as article_outlet, a.published_at as article_published_at,
			  s.id as source_id, s.name as source_name, s.kind as source_kind,
			  l.id as place_id, l.name as place_name, l.latitude as place_lat, l.longitude as place_lon,
			  l.precision as place_precision, l.country_code as place_country
			""";

	static final String FROM = """
			from claim c
			  join article a on a.id = c.article_id and a.status = 'PUBLISHED'
			  left join source s on s.id = c.source_id
			  left join location l on l.id = c.location_id
			""";

	private static final Map<String, String> ORDER = Map.of("published", "a.published_at", "figure", "c.value_min",
			"kind", "c.kind", "category", "c.category", "party", "lower(c.party)", "source", "lower(s.name)", "place",
			"lower(l.name)");

	private final JdbcClient jdbc;

	ClaimExplorer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of claims matching the filter. */
	@Transactional(readOnly = true)
	public Page<ClaimRow> find(ClaimFilter filter) {
		Where where = where(filter);
		long total = where.bind(this.jdbc.sql("select count(*) " + FROM + where.sql)).query(Long.class).single();
		List<ClaimRow> rows = where
			.bind(this.jdbc.sql(SELECT + FROM + where.sql + orderBy(filter) + " limit :limit offset :offset"))
			.param("limit", filter.size())
			.param("offset", (long) filter.page() * filter.size())
			.query(ClaimExplorer::row)
			.list();
		return new PageImpl<>(rows, PageRequest.of(filter.page(), filter.size()), total);
	}

	/**
	 * Every claim matching the filter in its sort order, at most {@link #EXPORT_CAP}
	 * (page and size are ignored).
	 */
	@Transactional(readOnly = true)
	public Export export(ClaimFilter filter) {
		Where where = where(filter);
		List<ClaimRow> rows = where.bind(this.jdbc.sql(SELECT + FROM + where.sql + orderBy(filter) + " limit :limit"))
			.param("limit", EXPORT_CAP + 1)
			.query(ClaimExplorer::row)
			.list();
		boolean truncated = rows.size() > EXPORT_CAP;
		return new Export(truncated ? rows.subList(0, EXPORT_CAP) : rows, truncated);
	}

	/** Rows of an export and whether the cap cut it short. */
	public record Export(List<ClaimRow> rows, boolean truncated) {
	}

	/** One public claim. */
	@Transactional(readOnly = true)
	public Optional<ClaimRow> findById(Long id) {
		return this.jdbc.sql(SELECT + FROM + " where c.id = :id and c.review_status <> 'REJECTED'")
			.param("id", id)
			.query(ClaimExplorer::row)
			.optional();
	}

	/** Counts and date range of the claims a filter selects. */
	@Transactional(readOnly = true)
	public ClaimStats stats(ClaimFilter filter) {
		Where where = where(filter);
		return where.bind(this.jdbc.sql("""
				select count(*) as claims, count(*) filter (where c.verification = 'UNVERIFIED') as unverified,
				  count(*) filter (where c.hedged) as hedged, min(a.published_at) as first_seen,
				  max(a.published_at) as last_seen
				""" + FROM + where.sql))
			.query((rs, n) -> new ClaimStats(rs.getLong("claims"), rs.getLong("unverified"), rs.getLong("hedged"),
					instant(rs, "first_seen"), instant(rs, "last_seen")))
			.single();
	}

	/** The claim kinds readers can filter on, alphabetically. */
	@Transactional(readOnly = true)
	public List<String> kinds() {
		return this.jdbc.sql("""
				select distinct c.kind from claim c join article a on a.id = c.article_id and a.status = 'PUBLISHED'
				where c.review_status <> 'REJECTED' order by c.kind""").query(String.class).list();
	}

	/**
	 * Canonical (not merged) sources with their public claim counts, most cited first.
	 * @param kind a source kind or null for all
	 */
	@Transactional(readOnly = true)
	public Page<SourceClaimCount> sources(String kind, int page, int size) {
		String where = " where s.merged_into_id is null" + ((kind != null) ? " and s.kind = :kind" : "");
		long total = bindKind(this.jdbc.sql("select count(*) from source s" + where), kind).query(Long.class).single();
		List<SourceClaimCount> rows = bindKind(this.jdbc.sql("""
				select s.id, s.name, s.kind, count(c.id) as claims
				from source s
				  left join (claim c join article a on a.id = c.article_id and a.status = 'PUBLISHED')
				    on c.source_id = s.id and c.review_status <> 'REJECTED'
				""" + where + """
				 group by s.id, s.name, s.kind
				order by count(c.id) desc, lower(s.name), s.id limit :limit offset :offset"""), kind)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new SourceClaimCount(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
					rs.getLong("claims")))
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	private static JdbcClient.StatementSpec bindKind(JdbcClient.StatementSpec spec, String kind) {
		return (kind != null) ? spec.param("kind", kind) : spec;
	}

	/**
	 * Published articles matching the query, best first, with highlighted snippets. The
	 * query uses web search syntax ({@code "exact phrase" -word or}); nothing in it is
	 * interpreted as SQL.
	 */
	@Transactional(readOnly = true)
	public Page<SearchHit> searchArticles(String q, int page, int size) {
		if (q == null || q.isBlank()) {
			return Page.empty(PageRequest.of(page, size));
		}
		long total = this.jdbc.sql("""
				select count(*) from article a where a.status = 'PUBLISHED'
				  and a.search_vector @@ websearch_to_tsquery('english', :q)""")
			.param("q", q)
			.query(Long.class)
			.single();
		List<SearchHit> hits = this.jdbc.sql("""
				with hits as (
				  select a.id, a.title, a.url, a.outlet, a.published_at, a.body,
				    ts_rank_cd(a.search_vector, websearch_to_tsquery('english', :q)) as rank
				  from article a
				  where a.status = 'PUBLISHED' and a.search_vector @@ websearch_to_tsquery('english', :q)
				  order by rank desc, a.published_at desc, a.id desc limit :limit offset :offset)
				select id, title, url, outlet, published_at, rank,
				  ts_headline('english', left(body, 300000), websearch_to_tsquery('english', :q), :options) as snippet
				from hits order by rank desc, published_at desc, id desc""")
			.param("q", q)
			.param("limit", size)
			.param("offset", (long) page * size)
			.param("options",
					"StartSel=" + SearchHit.START + ", StopSel=" + SearchHit.STOP
							+ ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"")
			.query((rs, n) -> new SearchHit(rs.getLong("id"), rs.getString("title"), rs.getString("url"),
					rs.getString("outlet"), instant(rs, "published_at"), rs.getDouble("rank"),
					SearchHit.split(rs.getString("snippet"))))
			.list();
		return new PageImpl<>(hits, PageRequest.of(page, size), total);
	}

	/**
	 * Claims whose sentence or party match the filter's query (and its other filters),
	 * best first, with the sentence highlighted.
	 */
	@Transactional(readOnly = true)
	public Page<ClaimHit> searchClaims(ClaimFilter filter) {
		if (filter.q() == null) {
			return Page.empty(PageRequest.of(filter.page(), filter.size()));
		}
		Where where = where(filter);
		long total = where.bind(this.jdbc.sql("select count(*) " + FROM + where.sql)).query(Long.class).single();
		List<ClaimHit> hits = where.bind(this.jdbc.sql(SELECT + """
				, ts_rank_cd(c.search_vector, websearch_to_tsquery('english', :q)) as rank,
				  ts_headline('english', c.sentence, websearch_to_tsquery('english', :q), :options) as snippet
				""" + FROM + where.sql + " order by rank desc, a.published_at desc, c.id limit :limit offset :offset"))
			.param("limit", filter.size())
			.param("offset", (long) filter.page() * filter.size())
			.param("options", "StartSel=" + SearchHit.START + ", StopSel=" + SearchHit.STOP + ", HighlightAll=true")
			.query((rs, n) -> new ClaimHit(row(rs, n), rs.getDouble("rank"), SearchHit.split(rs.getString("snippet"))))
			.list();
		return new PageImpl<>(hits, PageRequest.of(filter.page(), filter.size()), total);
	}

	private static String orderBy(ClaimFilter filter) {
		String column = ORDER.getOrDefault(filter.sort(), "a.published_at");
		String direction = filter.descending() ? " desc nulls last" : " asc nulls last";
		return " order by " + column + direction + ", c.id" + (filter.descending() ? " desc" : "");
	}

	/** A where clause and its parameters; only fixed SQL text, values are bound. */
	record Where(String sql, Map<String, Object> params) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			JdbcClient.StatementSpec bound = spec;
			for (Map.Entry<String, Object> param : this.params.entrySet()) {
				bound = bound.param(param.getKey(), param.getValue());
			}
			return bound;
		}

	}

	static Where where(ClaimFilter f) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		clauses.add("c.review_status <> 'REJECTED'");
		if (f.kind() != null) {
			clauses.add("c.kind = :kind");
			params.put("kind", f.kind());
		}
		if (f.category() != null) {
			clauses.add("c.category = :category");
			params.put("category", f.category());
		}
		if (f.party() != null) {
			clauses.add("c.party ilike :party escape '\\'");
			params.put("party", "%" + f.party().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (f.sourceId() != null) {
			clauses.add("c.source_id = :sourceId");
			params.put("sourceId", f.sourceId());
		}
		if (f.sourceKind() != null) {
			clauses.add("s.kind = :sourceKind");
			params.put("sourceKind", f.sourceKind());
		}
		if (f.placeId() != null) {
			// a country holds every place with its country code, a region every place
			// with its admin1 code
			clauses
				.add("""
						exists (select 1 from location p where p.id = :placeId and (l.id = p.id or l.parent_id = p.id
						  or (p.precision = 'COUNTRY' and l.country_code = p.country_code)
						  or (p.precision = 'REGION' and l.country_code = p.country_code and l.admin1_code = p.admin1_code)))""");
			params.put("placeId", f.placeId());
		}
		if (f.from() != null) {
			clauses.add("a.published_at >= :from");
			params.put("from", Timestamp.from(f.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (f.to() != null) {
			clauses.add("a.published_at < :to");
			params.put("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (f.verification() != null) {
			clauses.add("c.verification = :verification");
			params.put("verification", f.verification());
		}
		if (f.reviewStatus() != null) {
			clauses.add("c.review_status = :reviewStatus");
			params.put("reviewStatus", f.reviewStatus());
		}
		if (f.q() != null) {
			clauses.add("c.search_vector @@ websearch_to_tsquery('english', :q)");
			params.put("q", f.q());
		}
		return new Where(" where " + String.join(" and ", clauses), params);
	}

	static ClaimRow row(ResultSet rs, int n) throws SQLException {
		Long sourceId = longOrNull(rs, "source_id");
		Long placeId = longOrNull(rs, "place_id");
		return new ClaimRow(rs.getLong("id"), lower(rs.getString("category")), rs.getString("kind"),
				stripped(rs.getBigDecimal("value_min")), stripped(rs.getBigDecimal("value_max")), rs.getString("unit"),
				lower(rs.getString("qualifier")), rs.getString("party"), longOrNull(rs, "parent_claim_id"),
				rs.getString("cue"), lower(rs.getString("verification")), rs.getBoolean("hedged"),
				lower(rs.getString("review_status")), rs.getString("sentence"), rs.getInt("span_start"),
				rs.getInt("span_end"), rs.getString("extractor_name"), rs.getString("extractor_version"),
				new ClaimRow.ArticleRef(rs.getLong("article_id"), rs.getString("article_title"),
						rs.getString("article_url"), rs.getString("article_outlet"),
						instant(rs, "article_published_at")),
				(sourceId != null) ? new ClaimRow.SourceRef(sourceId, rs.getString("source_name"),
						lower(rs.getString("source_kind"))) : null,
				(placeId != null) ? new ClaimRow.PlaceRef(placeId, rs.getString("place_name"),
						doubleOrNull(rs, "place_lat"), doubleOrNull(rs, "place_lon"),
						lower(rs.getString("place_precision")), rs.getString("place_country")) : null,
				rs.getBoolean("period_total"));
	}

}
