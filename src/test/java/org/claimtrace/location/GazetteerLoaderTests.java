package org.claimtrace.location;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Loads the shipped gazetteer into a real PostgreSQL 17 (embedded) migrated by Flyway,
 * then imports a small country dump. PostgreSQL refuses to run as root, so this is
 * skipped for root (run the build as an ordinary user). RU-sample.txt is a hand-made
 * fixture in the GeoNames dump format: Plekhovo and Vorobzha have made-up ids (999000x)
 * and approximate coordinates.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GazetteerLoaderTests {

	private static EmbeddedPostgres postgres;

	private static DataSource dataSource;

	@BeforeAll
	static void start() throws Exception {
		assumeFalse("root".equals(System.getProperty("user.name")), "PostgreSQL does not run as root");
		postgres = EmbeddedPostgres.builder().start();
		dataSource = postgres.getPostgresDatabase();
		// the app's own migrations, as Flyway applies them at startup
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
	}

	@AfterAll
	static void stop() throws Exception {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void loadsTheShippedGazetteerOnceWithParents() throws Exception {
		GazetteerLoader loader = new GazetteerLoader(dataSource);
		GazetteerLoader.LoadResult result = loader.loadIfEmpty();
		System.out.println("Gazetteer load: " + result);
		assertThat(result.skipped()).isFalse();
		assertThat(result.places()).isGreaterThan(190_000);
		assertThat(loader.loadIfEmpty().skipped()).isTrue();
		// a database loaded by an earlier release gets the country names shipped since
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			String drc = "from location_name n join location l on l.id = n.location_id where l.geonames_id = 203312 "
					+ "and n.name = 'Democratic Republic of Congo'";
			assertThat(st.executeUpdate("delete from location_name n using location l where l.id = n.location_id "
					+ "and l.geonames_id = 203312 and n.name = 'Democratic Republic of Congo'"))
				.isEqualTo(1);
			assertThat(loader.loadIfEmpty().skipped()).isTrue();
			try (ResultSet rs = st.executeQuery("select count(*) " + drc)) {
				rs.next();
				assertThat(rs.getInt(1)).isEqualTo(1);
			}
		}

		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			try (ResultSet rs = st.executeQuery("select r.precision, r.admin1_code, k.precision, k.country_code "
					+ "from location p join location r on r.id = p.parent_id join location k on k.id = r.parent_id "
					+ "where p.geonames_id = 704422")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("REGION");
				assertThat(rs.getString(2)).isEqualTo("05");
				assertThat(rs.getString(3)).isEqualTo("COUNTRY");
				assertThat(rs.getString(4)).isEqualTo("UA");
			}
			try (ResultSet rs = st.executeQuery("select count(*) from location_name n join location l "
					+ "on l.id = n.location_id where l.geonames_id = 703448 and n.normalized in ('kiev', 'kyiv')")) {
				rs.next();
				assertThat(rs.getInt(1)).isEqualTo(2);
			}
			try (ResultSet rs = st.executeQuery("select count(*), count(distinct precision) from location")) {
				rs.next();
				System.out.println("location rows: " + rs.getLong(1));
			}
			try (ResultSet rs = st.executeQuery("select count(*) from location_name")) {
				rs.next();
				System.out.println("location_name rows: " + rs.getLong(1));
			}
			try (ResultSet rs = st.executeQuery(
					"select pg_size_pretty(pg_total_relation_size('location') + pg_total_relation_size('location_name'))")) {
				rs.next();
				System.out.println("gazetteer tables on disk: " + rs.getString(1));
			}
		}
	}

	@Test
	@Order(2)
	void importsACountryDumpIdempotently() throws Exception {
		GazetteerLoader loader = new GazetteerLoader(dataSource);
		for (int run = 0; run < 2; run++) {
			try (InputStream dump = getClass().getResourceAsStream("/geonames/RU-sample.txt")) {
				GazetteerLoader.LoadResult result = loader.importDump(dump);
				assertThat(result.places()).isEqualTo(3);
				assertThat(result.regions()).isEqualTo(1);
			}
		}
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			try (ResultSet rs = st.executeQuery("select geonames_id, latitude from location "
					+ "where precision = 'REGION' and country_code = 'RU' and admin1_code = '41'")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getLong(1)).isEqualTo(538555L);
				assertThat(rs.next()).isFalse();
			}
			try (ResultSet rs = st.executeQuery("select count(*) from location l join location r on r.id = l.parent_id "
					+ "where l.geonames_id in (9990001, 9990002) and r.geonames_id = 538555")) {
				rs.next();
				assertThat(rs.getInt(1)).isEqualTo(2);
			}
		}

		long start = System.nanoTime();
		GazetteerIndex index = GazetteerIndex.fromDatabase(dataSource);
		System.out.printf("GazetteerIndex.fromDatabase: %d entries, %d keys in %d ms%n", index.size(), index.keyCount(),
				(System.nanoTime() - start) / 1_000_000);
		String text = "Marines attacked the villages of Plekhovo and Vorobzha in the Kursk region.";
		List<ResolvedPlace> places = new GazetteerPlaceResolver(index).resolve(text, TestGazetteer.capitalised(text));
		assertThat(places).filteredOn((p) -> p.text().equals("Plekhovo")).singleElement().satisfies((p) -> {
			assertThat(p.geonamesId()).isEqualTo(9990001L);
			assertThat(p.precision()).isEqualTo("village");
			assertThat(p.regionGeonamesId()).isEqualTo(538555L);
		});
		assertThat(places).filteredOn((p) -> p.text().equals("Kursk"))
			.singleElement()
			.satisfies((p) -> assertThat(p.geonamesId()).isEqualTo(538555L));
		// counties are not stored but the index built from the database has them too
		String irish = "Gardai closed two roads in Co Cork on Saturday.";
		assertThat(new GazetteerPlaceResolver(index).resolve(irish, TestGazetteer.capitalised(irish)))
			.filteredOn((p) -> p.text().equals("Co Cork"))
			.singleElement()
			.satisfies((p) -> {
				assertThat(p.precision()).isEqualTo("region");
				assertThat(p.countryCode()).isEqualTo("IE");
				assertThat(p.latitude()).isBetween(51.5, 52.5);
			});
	}

	@Test
	@Order(3)
	void aPlaceAnEditorAddsIsFoundByExtractionOnceTheIndexIsRefreshed() throws Exception {
		Gazetteer gazetteer = new Gazetteer(dataSource, new LocationProperties(true));
		gazetteer.loadAndIndex();
		String text = "Drones struck Zabolotnoye-Kursky overnight, the governor said.";
		assertThat(gazetteer.resolve(text, TestGazetteer.capitalised(text)))
			.noneMatch((p) -> p.text().equals("Zabolotnoye-Kursky") && p.latitude() != null);
		long id;
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			// as LocationService.addPlace stores it
			try (ResultSet rs = st.executeQuery("insert into location (name, ascii_name, country_code, latitude, "
					+ "longitude, precision, origin, added_by) values ('Zabolotnoye-Kursky', 'Zabolotnoye-Kursky', "
					+ "'RU', 51.3, 35.6, 'VILLAGE', 'EDITOR', 'editor') returning id")) {
				rs.next();
				id = rs.getLong(1);
			}
			st.executeUpdate("insert into location_name (location_id, name, normalized) values (" + id
					+ ", 'Zabolotnoye-Kursky', '" + NameNormalizer.normalize("Zabolotnoye-Kursky") + "')");
		}
		gazetteer.refreshInBackground().get(2, java.util.concurrent.TimeUnit.MINUTES);
		assertThat(gazetteer.resolve(text, TestGazetteer.capitalised(text)))
			.filteredOn((p) -> p.text().equals("Zabolotnoye-Kursky"))
			.singleElement()
			.satisfies((p) -> {
				assertThat(p.locationId()).isEqualTo(id);
				assertThat(p.geonamesId()).isNull();
				assertThat(p.precision()).isEqualTo("village");
				assertThat(p.latitude()).isEqualTo(51.3);
			});
	}

}
