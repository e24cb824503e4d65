package org.claimtrace.location;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads the GeoNames gazetteer into the location / location_name tables
 * (V4__location_gazetteer.sql) with plain JDBC: countries and regions by batch insert,
 * populated places and their names by COPY into temporary tables and one insert ...
 * select that also fills parent_id (place -> region -> country).
 * <p>
 * {@link #loadIfEmpty()} runs in one transaction and does nothing when countries are
 * already there; {@link #importDump(InputStream)} upserts by geonames_id, so it can be
 * repeated with a newer dump.
 */
final class GazetteerLoader {

	private static final int MAX_NAME = 200;

	private static final long LOCK_KEY = 0x6761_7a65_7474L;

	record LoadResult(boolean skipped, int countries, int regions, long places, long names, long millis) {
	}

	private final DataSource dataSource;

	GazetteerLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	boolean isLoaded() {
		try (Connection c = this.dataSource.getConnection();
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery(
						"select exists (select 1 from location where precision = 'COUNTRY' and origin = 'GEONAMES')")) {
			rs.next();
			return rs.getBoolean(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot query the gazetteer", ex);
		}
	}

	/**
	 * First start: loads the GeoNames data shipped on the classpath unless the gazetteer
	 * is loaded.
	 */
	LoadResult loadIfEmpty() {
		if (isLoaded()) {
			addShippedCountryNames();
			return new LoadResult(true, 0, 0, 0, 0, 0);
		}
		return load(GazetteerData.fromClasspath());
	}

	LoadResult load(GazetteerData data) {
		long start = System.nanoTime();
		try (Connection c = this.dataSource.getConnection()) {
			boolean autoCommit = c.getAutoCommit();
			c.setAutoCommit(false);
			try {
				// two instances starting at once: the second waits here, then finds the
				// data loaded
				try (Statement st = c.createStatement()) {
					st.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
					try (ResultSet rs = st.executeQuery("select exists (select 1 from location "
							+ "where precision = 'COUNTRY' and origin = 'GEONAMES')")) {
						rs.next();
						if (rs.getBoolean(1)) {
							c.rollback();
							return new LoadResult(true, 0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000);
						}
					}
				}
				insertCountries(c, data.countries);
				insertRegions(c, data.regions);
				long[] counts = upsertPlaces(c, data.places);
				c.commit();
				return new LoadResult(false, data.countries.size(), data.regions.size(), counts[0], counts[1],
						(System.nanoTime() - start) / 1_000_000);
			}
			catch (SQLException | RuntimeException ex) {
				c.rollback();
				throw ex;
			}
			finally {
				c.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot load the gazetteer", ex);
		}
	}

	/**
	 * Imports a full GeoNames country dump (XX.txt, 19-column geoname format): every
	 * populated place (feature class P, any population: the villages cities500 lacks)
	 * upserted by geonames_id, and the ADM1 rows, which give the regions their
	 * geonames_id, GeoNames' coordinates and alternate names.
	 */
	LoadResult importDump(InputStream dump) {
		long start = System.nanoTime();
		List<GeoName> admin1 = new ArrayList<>();
		Map<Long, GazetteerEntry> places = new LinkedHashMap<>();
		GeoNamesReader.readGeoNames(dump, (g) -> {
			if (g.isAdmin1() && g.countryCode() != null && g.admin1Code() != null) {
				admin1.add(g);
			}
			else if (g.isPopulatedPlace() && g.countryCode() != null) {
				places.put(g.geonameId(), GazetteerEntry.ofPlace(g));
			}
		});
		try (Connection c = this.dataSource.getConnection()) {
			boolean autoCommit = c.getAutoCommit();
			c.setAutoCommit(false);
			try {
				try (Statement st = c.createStatement()) {
					st.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
				}
				upsertAdmin1(c, admin1);
				long[] counts = upsertPlaces(c, new ArrayList<>(places.values()));
				c.commit();
				return new LoadResult(false, 0, admin1.size(), counts[0], counts[1],
						(System.nanoTime() - start) / 1_000_000);
			}
			catch (SQLException | RuntimeException ex) {
				c.rollback();
				throw ex;
			}
			finally {
				c.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot import the GeoNames dump", ex);
		}
	}

	private void insertCountries(Connection c, List<GazetteerEntry> countries) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("insert into location (geonames_id, name, ascii_name, "
				+ "feature_class, feature_code, country_code, latitude, longitude, population, precision) "
				+ "values (?, ?, ?, 'A', 'PCLI', ?, ?, ?, ?, 'COUNTRY') on conflict (geonames_id) do nothing")) {
			for (GazetteerEntry e : countries) {
				ps.setLong(1, e.geonamesId());
				ps.setString(2, cut(e.name()));
				ps.setString(3, cut(e.asciiName()));
				ps.setString(4, e.countryCode());
				ps.setDouble(5, e.latitude());
				ps.setDouble(6, e.longitude());
				ps.setLong(7, e.population());
				ps.addBatch();
			}
			ps.executeBatch();
		}
		Map<Long, List<String>> names = new java.util.HashMap<>();
		countries.forEach((e) -> names.put(e.geonamesId(), e.names()));
		insertCountryNames(c, names);
	}

	private static void insertCountryNames(Connection c, Map<Long, List<String>> namesById) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("insert into location_name (location_id, name, normalized) "
				+ "select id, ?, ? from location where geonames_id = ? on conflict do nothing")) {
			for (Map.Entry<Long, List<String>> country : namesById.entrySet()) {
				for (Map.Entry<String, String> name : distinctNames(country.getValue()).entrySet()) {
					ps.setString(1, name.getValue());
					ps.setString(2, name.getKey());
					ps.setLong(3, country.getKey());
					ps.addBatch();
				}
			}
			ps.executeBatch();
		}
	}

	/**
	 * A loaded gazetteer gets the country names a later release ships ("Democratic
	 * Republic of Congo"): the full load runs only on an empty database.
	 */
	private void addShippedCountryNames() {
		try (Connection c = this.dataSource.getConnection()) {
			insertCountryNames(c, GazetteerData.shippedCountryNames());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot add the shipped country names", ex);
		}
	}

	private void insertRegions(Connection c, List<GazetteerEntry> regions) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("insert into location (geonames_id, name, ascii_name, "
				+ "feature_class, feature_code, country_code, admin1_code, latitude, longitude, population, precision, "
				+ "parent_id) select ?, ?, ?, 'A', 'ADM1', ?, ?, ?, ?, 0, 'REGION', (select id from location "
				+ "where precision = 'COUNTRY' and country_code = ? limit 1) where not exists (select 1 from location "
				+ "where precision = 'REGION' and country_code = ? and admin1_code = ?)")) {
			for (GazetteerEntry e : regions) {
				ps.setObject(1, e.geonamesId(), java.sql.Types.BIGINT);
				ps.setString(2, cut(e.name()));
				ps.setString(3, cut(e.asciiName()));
				ps.setString(4, e.countryCode());
				ps.setString(5, e.admin1Code());
				ps.setDouble(6, e.latitude());
				ps.setDouble(7, e.longitude());
				ps.setString(8, e.countryCode());
				ps.setString(9, e.countryCode());
				ps.setString(10, e.admin1Code());
				ps.addBatch();
			}
			ps.executeBatch();
		}
		try (PreparedStatement ps = c.prepareStatement("insert into location_name (location_id, name, normalized) "
				+ "select id, ?, ? from location where precision = 'REGION' and country_code = ? and admin1_code = ? "
				+ "on conflict do nothing")) {
			for (GazetteerEntry e : regions) {
				for (Map.Entry<String, String> name : distinctNames(e.names()).entrySet()) {
					ps.setString(1, name.getValue());
					ps.setString(2, name.getKey());
					ps.setString(3, e.countryCode());
					ps.setString(4, e.admin1Code());
					ps.addBatch();
				}
			}
			ps.executeBatch();
		}
	}

	private void upsertAdmin1(Connection c, List<GeoName> admin1) throws SQLException {
		for (GeoName g : admin1) {
			int updated;
			try (PreparedStatement ps = c.prepareStatement("update location set geonames_id = ?, name = ?, "
					+ "ascii_name = ?, latitude = ?, longitude = ?, population = ? where precision = 'REGION' "
					+ "and country_code = ? and admin1_code = ? and (geonames_id is null or geonames_id = ?)")) {
				ps.setLong(1, g.geonameId());
				ps.setString(2, cut(g.name()));
				ps.setString(3, cut(g.asciiName()));
				ps.setDouble(4, g.latitude());
				ps.setDouble(5, g.longitude());
				ps.setLong(6, g.population());
				ps.setString(7, g.countryCode());
				ps.setString(8, g.admin1Code());
				ps.setLong(9, g.geonameId());
				updated = ps.executeUpdate();
			}
			if (updated == 0) {
				try (PreparedStatement ps = c.prepareStatement("insert into location (geonames_id, name, ascii_name, "
						+ "feature_class, feature_code, country_code, admin1_code, latitude, longitude, population, "
						+ "precision, parent_id) values (?, ?, ?, 'A', 'ADM1', ?, ?, ?, ?, ?, 'REGION', (select id "
						+ "from location where precision = 'COUNTRY' and country_code = ? limit 1)) "
						+ "on conflict (geonames_id) do nothing")) {
					ps.setLong(1, g.geonameId());
					ps.setString(2, cut(g.name()));
					ps.setString(3, cut(g.asciiName()));
					ps.setString(4, g.countryCode());
					ps.setString(5, g.admin1Code());
					ps.setDouble(6, g.latitude());
					ps.setDouble(7, g.longitude());
					ps.setLong(8, g.population());
					ps.setString(9, g.countryCode());
					ps.executeUpdate();
				}
			}
			List<String> names = new ArrayList<>(GazetteerData.regionNames(g.name(), g.countryCode()));
			names.addAll(g.alternateNames());
			try (PreparedStatement ps = c.prepareStatement("insert into location_name (location_id, name, normalized) "
					+ "select id, ?, ? from location where geonames_id = ? on conflict do nothing")) {
				for (Map.Entry<String, String> name : distinctNames(names).entrySet()) {
					ps.setString(1, name.getValue());
					ps.setString(2, name.getKey());
					ps.setLong(3, g.geonameId());
					ps.addBatch();
				}
				ps.executeBatch();
			}
		}
	}

	/**
	 * COPY into temporary tables, then one upsert for locations and one insert for names.
	 */
	private long[] upsertPlaces(Connection c, List<GazetteerEntry> places) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.execute("create temporary table gz_place (geonames_id bigint, name text, ascii_name text, "
					+ "feature_code text, country_code text, admin1_code text, latitude double precision, "
					+ "longitude double precision, population bigint, precision text) on commit drop");
			st.execute("create temporary table gz_name (geonames_id bigint, name text, normalized text) "
					+ "on commit drop");
		}
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		Set<Long> seen = new HashSet<>(places.size() * 2);
		try (CopyWriter rows = new CopyWriter(copy.copyIn("copy gz_place from stdin"))) {
			for (GazetteerEntry e : places) {
				if (seen.add(e.geonamesId())) {
					rows.row(e.geonamesId(), cut(e.name()), cut(e.asciiName()), e.featureCode(), e.countryCode(),
							e.admin1Code(), e.latitude(), e.longitude(), e.population(), e.precision().name());
				}
			}
		}
		seen.clear();
		try (CopyWriter rows = new CopyWriter(copy.copyIn("copy gz_name from stdin"))) {
			for (GazetteerEntry e : places) {
				if (seen.add(e.geonamesId())) {
					for (Map.Entry<String, String> name : distinctNames(e.names()).entrySet()) {
						rows.row(e.geonamesId(), name.getValue(), name.getKey());
					}
				}
			}
		}
		long placeCount;
		long nameCount;
		try (Statement st = c.createStatement()) {
			placeCount = st.executeUpdate("insert into location (geonames_id, name, ascii_name, feature_class, "
					+ "feature_code, country_code, admin1_code, latitude, longitude, population, precision, parent_id) "
					+ "select p.geonames_id, p.name, p.ascii_name, 'P', p.feature_code, p.country_code, p.admin1_code, "
					+ "p.latitude, p.longitude, p.population, p.precision, coalesce(r.id, k.id) from gz_place p "
					+ "left join location r on r.precision = 'REGION' and r.country_code = p.country_code "
					+ "and r.admin1_code = p.admin1_code "
					+ "left join location k on k.precision = 'COUNTRY' and k.country_code = p.country_code "
					+ "on conflict (geonames_id) do update set name = excluded.name, ascii_name = excluded.ascii_name, "
					+ "feature_class = excluded.feature_class, feature_code = excluded.feature_code, "
					+ "country_code = excluded.country_code, admin1_code = excluded.admin1_code, "
					+ "latitude = excluded.latitude, longitude = excluded.longitude, population = excluded.population, "
					+ "precision = excluded.precision, parent_id = excluded.parent_id");
			nameCount = st.executeUpdate("insert into location_name (location_id, name, normalized) "
					+ "select l.id, n.name, n.normalized from gz_name n join location l on l.geonames_id = n.geonames_id "
					+ "on conflict (location_id, normalized) do nothing");
		}
		return new long[] { placeCount, nameCount };
	}

	/** normalized -> first raw spelling, for names that fit the column. */
	static Map<String, String> distinctNames(List<String> names) {
		Map<String, String> distinct = new LinkedHashMap<>();
		for (String name : names) {
			String normalized = NameNormalizer.normalize(name);
			if (!normalized.isEmpty() && normalized.length() <= MAX_NAME && name.length() <= MAX_NAME) {
				distinct.putIfAbsent(normalized, name.strip());
			}
		}
		return distinct;
	}

	private static String cut(String s) {
		return (s == null || s.length() <= MAX_NAME) ? s : s.substring(0, MAX_NAME);
	}

}
