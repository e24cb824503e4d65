package org.claimtrace.location;

import javax.sql.DataSource;

import org.claimtrace.system.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The location module's public service for other modules' JPA tests, on the test's
 * database, without loading GeoNames.
 */
public final class TestLocations {

	private TestLocations() {
	}

	public static LocationService service(DataSource dataSource, JdbcClient jdbc, AuditTrail audit) {
		return new LocationService(jdbc, new Gazetteer(dataSource, new LocationProperties(false)), audit);
	}

	/** Adds a gazetteer row with its name, as GeoNames would; returns its id. */
	public static Long place(JdbcClient jdbc, String name, String countryCode, String precision, long population,
			Long parentId) {
		Long id = jdbc
			.sql("""
					insert into location (name, ascii_name, country_code, latitude, longitude, population, precision, parent_id)
					values (:name, :name, :country, 51.2, 35.3, :population, :precision, :parent) returning id""")
			.param("name", name)
			.param("country", countryCode)
			.param("population", population)
			.param("precision", precision)
			.param("parent", parentId)
			.query(Long.class)
			.single();
		jdbc.sql("insert into location_name (location_id, name, normalized) values (:id, :name, :normalized)")
			.param("id", id)
			.param("name", name)
			.param("normalized", NameNormalizer.normalize(name))
			.update();
		return id;
	}

}
