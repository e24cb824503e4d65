package org.claimtrace.location;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.claimtrace.system.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The gazetteer as other modules see it. */
@Service
public class LocationService {

	private final JdbcClient jdbc;

	private final Gazetteer gazetteer;

	private final AuditTrail audit;

	LocationService(JdbcClient jdbc, Gazetteer gazetteer, AuditTrail audit) {
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
		this.audit = audit;
	}

	/**
	 * A gazetteer row as editors pick it.
	 *
	 * @param precision COUNTRY, REGION, CITY or VILLAGE
	 * @param region the first-level region it lies in, if known
	 */
	public record Place(Long id, String name, String countryCode, String region, String precision, double latitude,
			double longitude, long population, String origin) {
	}

	/**
	 * A place an editor adds.
	 *
	 * @param precision COUNTRY, REGION, CITY or VILLAGE
	 */
	public record NewPlace(String name, double latitude, double longitude, String countryCode, String precision) {
	}

	private static final String PLACES = """
			select l.id, l.name, l.country_code, r.name as region, l.precision, l.latitude, l.longitude, l.population,
			  l.origin
			from location l left join location r on r.id = l.parent_id""";

	/**
	 * Places whose name or alternate name starts with the query (accents, case and
	 * hyphens ignored), exact names first, then the most populous; at most 25.
	 */
	@Transactional(readOnly = true)
	public java.util.List<Place> search(String query) {
		String key = NameNormalizer.normalize(query);
		if (key.length() < 2) {
			return java.util.List.of();
		}
		return this.jdbc.sql(PLACES + """
				 join (select location_id, bool_or(normalized = :key) as exact from location_name
				       where normalized like :prefix escape '\\' group by location_id) n on n.location_id = l.id
				order by n.exact desc, l.population desc, l.name, l.id limit 25""")
			.param("key", key)
			.param("prefix", key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.query(Place.class)
			.list();
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Place> place(Long id) {
		return this.jdbc.sql(PLACES + " where l.id = :id").param("id", id).query(Place.class).optional();
	}

	/**
	 * Adds a place the gazetteer lacks (origin EDITOR, audited); it can be chosen for
	 * claims at once, and extraction finds it once the index is rebuilt in the background
	 * after the commit (a few seconds).
	 */
	@Transactional
	public Place addPlace(NewPlace place, String actor) {
		String precision = (place.precision() != null) ? place.precision().toUpperCase(java.util.Locale.ROOT) : "";
		if (!java.util.Set.of("COUNTRY", "REGION", "CITY", "VILLAGE").contains(precision)) {
			throw new IllegalArgumentException("precision must be COUNTRY, REGION, CITY or VILLAGE");
		}
		if (place.name() == null || place.name().isBlank() || place.name().strip().length() > 200) {
			throw new IllegalArgumentException("name must have 1 to 200 characters");
		}
		if (place.latitude() < -90 || place.latitude() > 90 || place.longitude() < -180 || place.longitude() > 180) {
			throw new IllegalArgumentException("latitude must be within ±90 and longitude within ±180");
		}
		String country = (place.countryCode() != null && !place.countryCode().isBlank())
				? place.countryCode().strip().toUpperCase(java.util.Locale.ROOT) : null;
		if (country != null && !country.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("countryCode must be two letters (UA, RU)");
		}
		String name = place.name().strip();
		Long id = this.jdbc.sql("""
				insert into location (name, ascii_name, country_code, latitude, longitude, precision, origin, added_by)
				values (:name, :name, :country, :lat, :lon, :precision, 'EDITOR', :actor) returning id""")
			.param("name", name)
			.param("country", country)
			.param("lat", place.latitude())
			.param("lon", place.longitude())
			.param("precision", precision)
			.param("actor", actor)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into location_name (location_id, name, normalized) values (:id, :name, :normalized)")
			.param("id", id)
			.param("name", name)
			.param("normalized", NameNormalizer.normalize(name))
			.update();
		java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
		after.put("name", name);
		after.put("countryCode", country);
		after.put("latitude", place.latitude());
		after.put("longitude", place.longitude());
		after.put("precision", precision);
		this.audit.record(actor, "place.added", "location", id, null, null, after);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				LocationService.this.gazetteer.refreshInBackground();
			}
		});
		return place(id).orElseThrow();
	}

	/** What a GeoNames dump import added. */
	public record ImportSummary(long places, long names, int regions, long millis) {
	}

	/**
	 * Imports a GeoNames country dump (the 19-column geoname format): every populated
	 * place, whatever its size, and the country's regions; existing rows are updated by
	 * GeoNames id. The index is rebuilt afterwards.
	 */
	public ImportSummary importGeonamesDump(java.io.InputStream dump) {
		GazetteerLoader.LoadResult result = this.gazetteer.importDump(dump);
		return new ImportSummary(result.places(), result.names(), result.regions(), result.millis());
	}

	/**
	 * Waits up to the timeout for the gazetteer's first load; true when places can be
	 * resolved.
	 */
	public boolean awaitGazetteer(java.time.Duration timeout) {
		return this.gazetteer.awaitReady(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
	}

	/**
	 * Gazetteer row ids of these GeoNames ids (those not loaded are absent from the map).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> idsByGeonamesId(Collection<Long> geonamesIds) {
		Map<Long, Long> ids = new HashMap<>();
		if (geonamesIds.isEmpty()) {
			return ids;
		}
		this.jdbc.sql("select geonames_id, id from location where geonames_id in (:ids)")
			.param("ids", geonamesIds)
			.query((rs, n) -> ids.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return ids;
	}

}
