package org.claimtrace.location;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places as readers see them: one place with its region and country, and name search. */
@Service
public class PlaceDirectory {

	/** Most places one name search returns. */
	public static final int MAX_RESULTS = 50;

	private static final String SELECT = """
			select l.id, l.name, l.precision, l.country_code, l.latitude, l.longitude, l.population,
			  r.id as region_id, r.name as region_name, k.id as country_id, k.name as country_name
			from location l
			  left join lateral (select r.id, r.name from location r
			    where r.precision = 'REGION' and l.precision in ('CITY', 'VILLAGE') and (r.id = l.parent_id
			      or (r.country_code = l.country_code and r.admin1_code = l.admin1_code))
			    order by (r.id = l.parent_id) desc nulls last, r.id limit 1) r on true
			  left join lateral (select k.id, k.name from location k
			    where k.precision = 'COUNTRY' and l.precision <> 'COUNTRY' and k.country_code = l.country_code
			    order by (k.id = l.parent_id) desc nulls last, k.id limit 1) k on true
			""";

	private final JdbcClient jdbc;

	PlaceDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A gazetteer place.
	 *
	 * @param precision country, region, city or village
	 * @param regionId the first-level region it lies in, if any
	 * @param countryId its country, if loaded
	 */
	public record PlaceDetails(Long id, String name, String precision, String countryCode, double latitude,
			double longitude, long population, Long regionId, String regionName, Long countryId, String countryName) {

		/** Whether claims of other places count as this place's (a region or country). */
		public boolean containsOthers() {
			return "country".equals(this.precision) || "region".equals(this.precision);
		}

		/** "48.2800, 37.1800". */
		public String coordinates() {
			return String.format(Locale.ROOT, "%.4f, %.4f", this.latitude, this.longitude);
		}

	}

	@Transactional(readOnly = true)
	public Optional<PlaceDetails> find(Long id) {
		return this.jdbc.sql(SELECT + " where l.id = :id limit 1")
			.param("id", id)
			.query(PlaceDirectory::details)
			.optional();
	}

	/**
	 * Places whose name or one of their names starts with the query (accents and case
	 * ignored), biggest first.
	 */
	@Transactional(readOnly = true)
	public List<PlaceDetails> search(String q, int limit) {
		String normalized = NameNormalizer.normalize(q);
		if (normalized.isEmpty()) {
			return List.of();
		}
		String prefix = normalized.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql(SELECT + """
				 where l.id in (select n.location_id from location_name n where n.normalized like :prefix escape '\\')
				order by (l.precision = 'COUNTRY') desc, (l.precision = 'REGION') desc, l.population desc, l.id
				limit :limit""")
			.param("prefix", prefix)
			.param("limit", Math.min(Math.max(limit, 1), MAX_RESULTS))
			.query(PlaceDirectory::details)
			.list();
	}

	private static PlaceDetails details(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new PlaceDetails(rs.getLong("id"), rs.getString("name"),
				rs.getString("precision").toLowerCase(Locale.ROOT), rs.getString("country_code"),
				rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getLong("population"),
				(Long) rs.getObject("region_id", Long.class), rs.getString("region_name"),
				(Long) rs.getObject("country_id", Long.class), rs.getString("country_name"));
	}

}
