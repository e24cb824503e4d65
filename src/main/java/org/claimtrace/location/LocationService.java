package org.claimtrace.location;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gazetteer as other modules see it. */
@Service
public class LocationService {

	private final JdbcClient jdbc;

	private final Gazetteer gazetteer;

	LocationService(JdbcClient jdbc, Gazetteer gazetteer) {
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
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
