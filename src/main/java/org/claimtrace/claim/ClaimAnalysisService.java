package org.claimtrace.claim;

import static org.claimtrace.claim.Rows.lower;
import static org.claimtrace.claim.Rows.stripped;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the analysis pages (compare, map): one SQL statement each, published articles
 * only, rejected claims hidden.
 */
@Service
class ClaimAnalysisService {

	static final int MAX_COMPARED = 1000;

	static final int MAX_MAPPED = 5000;

	private static final String VISIBLE = "a.status = 'PUBLISHED' and c.review_status <> 'REJECTED'";

	private final JdbcClient jdbc;

	ClaimAnalysisService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A kind of figure with how many visible claims have it. */
	record KindOption(String kind, long claims) {

		public String label() {
			return this.kind.replace('_', ' ');
		}

	}

	/** A place claims point at (or a region holding such places). */
	record PlaceOption(Long id, String name, String countryCode, String precision, long claims) {

		public String label() {
			String where = (this.countryCode != null) ? ", " + this.countryCode : "";
			String region = "REGION".equals(this.precision) ? " (region)"
					: "COUNTRY".equals(this.precision) ? " (country)" : "";
			return this.name + where + region;
		}

	}

	record CompareOptions(List<KindOption> kinds, List<String> parties, List<PlaceOption> places) {

		public boolean hasKind(String kind) {
			return this.kinds.stream().anyMatch((k) -> k.kind().equals(kind));
		}

	}

	/** The subject: a kind, optionally a party (contains, any case) and a place. */
	record Subject(String kind, String party, Long placeId) {
	}

	record ComparedClaim(Long id, Long articleId, LocalDate date, String source, String figure, BigDecimal plotted,
			String party, String place, String outlet, String title, boolean hedged, String verification,
			String reviewStatus, boolean periodTotal) {

		public String href() {
			return "/articles/" + this.articleId + "#claim-" + this.id;
		}

	}

	record ComparisonRow(LocalDate date, List<List<ComparedClaim>> cells) {
	}

	/** The analyst's table: one column per source, one row per article date. */
	record Comparison(List<String> sources, List<ComparisonRow> rows, int claims, boolean truncated) {

		/** Chart data: per source, one point per date (null where it said nothing). */
		public Map<String, Object> chart() {
			List<String> labels = this.rows.stream().map((r) -> r.date().toString()).toList();
			List<Map<String, Object>> datasets = new ArrayList<>();
			for (int i = 0; i < this.sources.size(); i++) {
				List<Double> data = new ArrayList<>();
				for (ComparisonRow row : this.rows) {
					data.add(row.cells()
						.get(i)
						.stream()
						.map(ComparedClaim::plotted)
						.filter((v) -> v != null)
						.map(BigDecimal::doubleValue)
						.findFirst()
						.orElse(null));
				}
				Map<String, Object> dataset = new LinkedHashMap<>();
				dataset.put("label", this.sources.get(i));
				dataset.put("data", data);
				datasets.add(dataset);
			}
			Map<String, Object> chart = new LinkedHashMap<>();
			chart.put("labels", labels);
			chart.put("datasets", datasets);
			return chart;
		}

	}

	/** A claim with coordinates, for the map. */
	record LocatedClaim(Long id, Long articleId, LocalDate date, String outlet, String kind, String figure,
			String source, Long locationId, String place, String countryCode, double latitude, double longitude) {

		public String label() {
			return this.figure + " " + this.kind.replace('_', ' ') + " · " + this.place + " · "
					+ ((this.source != null) ? this.source : this.outlet) + ", " + this.date;
		}

		public String href() {
			return "/articles/" + this.articleId + "#claim-" + this.id;
		}

	}

	/** A located place with its number of claims, for the list under the map. */
	record MappedPlace(Long id, String name, String countryCode, long claims, LocalDate latest) {
	}

	record MapData(List<LocatedClaim> claims, List<MappedPlace> places, boolean truncated) {
	}

	@Transactional(readOnly = true)
	public CompareOptions compareOptions() {
		List<KindOption> kinds = this.jdbc
			.sql("""
					select c.kind, count(*) as claims from claim c join article a on a.id = c.article_id
					where %s and c.value_min is not null group by c.kind order by count(*) desc, c.kind"""
				.formatted(VISIBLE))
			.query((rs, n) -> new KindOption(rs.getString("kind"), rs.getLong("claims")))
			.list();
		List<String> parties = this.jdbc.sql("""
				select min(c.party) as party from claim c join article a on a.id = c.article_id
				where %s and c.party is not null and c.value_min is not null
				group by lower(c.party) order by count(*) desc, lower(c.party) limit 200""".formatted(VISIBLE))
			.query(String.class)
			.list();
		List<PlaceOption> places = this.jdbc
			.sql("""
					select p.id, p.name, p.country_code, p.precision, count(distinct c.id) as claims
					from claim c join article a on a.id = c.article_id
					  join location l on l.id = c.location_id
					  join location p on p.id = l.id
					    or (p.precision = 'REGION' and l.precision in ('CITY', 'VILLAGE') and p.country_code = l.country_code
					        and p.admin1_code = l.admin1_code)
					where %s and c.value_min is not null
					group by p.id, p.name, p.country_code, p.precision
					order by p.name, p.id limit 500"""
				.formatted(VISIBLE))
			.query((rs, n) -> new PlaceOption(rs.getLong("id"), rs.getString("name"), rs.getString("country_code"),
					rs.getString("precision"), rs.getLong("claims")))
			.list();
		return new CompareOptions(kinds, parties, places);
	}

	/**
	 * Figures of one subject side by side by source over time. A place includes the
	 * places inside it when it is a region or a country.
	 */
	@Transactional(readOnly = true)
	public Comparison compare(Subject subject) {
		StringBuilder sql = new StringBuilder(
				"""
						select c.id, c.article_id, a.published_at, a.outlet, a.title, coalesce(s.name, a.outlet) as source_name,
						  c.value_min, c.value_max, c.unit, c.qualifier, c.party, l.name as place_name, c.hedged, c.verification,
						  c.review_status, c.period_total
						from claim c join article a on a.id = c.article_id
						  left join source s on s.id = c.source_id
						  left join location l on l.id = c.location_id
						where %s and c.kind = :kind"""
					.formatted(VISIBLE));
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("kind", subject.kind());
		if (subject.party() != null) {
			sql.append(" and position(lower(:party) in lower(c.party)) > 0");
			params.put("party", subject.party());
		}
		if (subject.placeId() != null) {
			sql.append(" ").append("""
					and exists (select 1 from location p where p.id = :place and (p.id = l.id
					  or (p.precision = 'REGION' and p.country_code = l.country_code and p.admin1_code = l.admin1_code)
					  or (p.precision = 'COUNTRY' and p.country_code = l.country_code)))""");
			params.put("place", subject.placeId());
		}
		sql.append(" order by a.published_at, a.id, c.span_start, c.id limit ").append(MAX_COMPARED + 1);
		List<ComparedClaim> found = this.jdbc.sql(sql.toString())
			.params(params)
			.query(ClaimAnalysisService::comparedClaim)
			.list();
		boolean truncated = found.size() > MAX_COMPARED;
		List<ComparedClaim> claims = truncated ? found.subList(0, MAX_COMPARED) : found;
		Map<String, Long> perSource = new LinkedHashMap<>();
		claims.forEach((c) -> perSource.merge(c.source(), 1L, Long::sum));
		List<String> sources = perSource.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
		Map<LocalDate, List<List<ComparedClaim>>> byDate = new LinkedHashMap<>();
		for (ComparedClaim claim : claims) {
			List<List<ComparedClaim>> cells = byDate.computeIfAbsent(claim.date(), (d) -> {
				List<List<ComparedClaim>> empty = new ArrayList<>();
				sources.forEach((s) -> empty.add(new ArrayList<>()));
				return empty;
			});
			cells.get(sources.indexOf(claim.source())).add(claim);
		}
		List<ComparisonRow> rows = byDate.entrySet()
			.stream()
			.map((e) -> new ComparisonRow(e.getKey(), e.getValue()))
			.toList();
		return new Comparison(sources, rows, claims.size(), truncated);
	}

	/** Located claims and their places, in one query. */
	@Transactional(readOnly = true)
	public MapData located() {
		List<LocatedClaim> found = this.jdbc
			.sql("""
					select c.id, c.article_id, a.published_at, a.outlet, c.kind, c.value_min, c.value_max, c.unit, c.qualifier,
					  s.name as source_name, l.id as location_id, l.name as place_name, l.country_code, l.latitude, l.longitude
					from claim c join article a on a.id = c.article_id
					  join location l on l.id = c.location_id
					  left join source s on s.id = c.source_id
					where %s
					order by a.published_at desc, c.id limit %d"""
				.formatted(VISIBLE, MAX_MAPPED + 1))
			.query((rs, n) -> new LocatedClaim(rs.getLong("id"), rs.getLong("article_id"), date(rs),
					rs.getString("outlet"), rs.getString("kind"),
					Figures.format(rs.getBigDecimal("value_min"), rs.getBigDecimal("value_max"), rs.getString("unit"),
							rs.getString("qualifier")),
					rs.getString("source_name"), rs.getLong("location_id"), rs.getString("place_name"),
					rs.getString("country_code"), rs.getDouble("latitude"), rs.getDouble("longitude")))
			.list();
		boolean truncated = found.size() > MAX_MAPPED;
		List<LocatedClaim> claims = truncated ? found.subList(0, MAX_MAPPED) : found;
		Map<Long, MappedPlace> places = new LinkedHashMap<>();
		for (LocatedClaim claim : claims) {
			places.merge(claim.locationId(),
					new MappedPlace(claim.locationId(), claim.place(), claim.countryCode(), 1, claim.date()),
					(a, b) -> new MappedPlace(a.id(), a.name(), a.countryCode(), a.claims() + 1,
							a.latest().isAfter(b.latest()) ? a.latest() : b.latest()));
		}
		List<MappedPlace> sorted = places.values()
			.stream()
			.sorted((a, b) -> (a.claims() != b.claims()) ? Long.compare(b.claims(), a.claims())
					: a.name().compareToIgnoreCase(b.name()))
			.toList();
		return new MapData(claims, sorted, truncated);
	}

	private static ComparedClaim comparedClaim(ResultSet rs, int row) throws SQLException {
		BigDecimal min = rs.getBigDecimal("value_min");
		BigDecimal max = rs.getBigDecimal("value_max");
		return new ComparedClaim(rs.getLong("id"), rs.getLong("article_id"), date(rs), rs.getString("source_name"),
				Figures.format(stripped(min), stripped(max), rs.getString("unit"), rs.getString("qualifier")),
				Figures.plotted(min, max), rs.getString("party"), rs.getString("place_name"), rs.getString("outlet"),
				rs.getString("title"), rs.getBoolean("hedged"), lower(rs.getString("verification")),
				lower(rs.getString("review_status")), rs.getBoolean("period_total"));
	}

	private static LocalDate date(ResultSet rs) throws SQLException {
		return rs.getObject("published_at", java.time.OffsetDateTime.class)
			.atZoneSameInstant(ZoneOffset.UTC)
			.toLocalDate();
	}

}
