package org.claimtrace.location;

import org.claimtrace.system.PostgresJpaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresJpaTest
@Import(PlaceDirectory.class)
class PlaceDirectoryTests {

	@Autowired
	PlaceDirectory places;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsAPlaceWithItsRegionAndCountryAndSearchesByAnyOfItsNames() {
		long ukraine = place("Ukraine", "COUNTRY", null, 0);
		long donetsk = place("Donetsk Oblast", "REGION", "05", 0);
		long pokrovsk = place("Pokrovsk", "CITY", "05", 60000);
		place("Pokrovske", "VILLAGE", "05", 900);
		name(pokrovsk, "Krasnoarmeysk", "krasnoarmeysk");
		PlaceDirectory.PlaceDetails found = this.places.find(pokrovsk).orElseThrow();
		assertThat(found.regionId()).isEqualTo(donetsk);
		assertThat(found.regionName()).isEqualTo("Donetsk Oblast");
		assertThat(found.countryId()).isEqualTo(ukraine);
		assertThat(found.coordinates()).isEqualTo("48.2800, 37.1800");
		assertThat(this.places.search("Krasnoarm", 10)).extracting(PlaceDirectory.PlaceDetails::name)
			.containsExactly("Pokrovsk");
		assertThat(this.places.search("POKROVS", 10)).extracting(PlaceDirectory.PlaceDetails::name)
			.containsExactly("Pokrovsk", "Pokrovske");
		assertThat(this.places.search("%", 10)).isEmpty();
		assertThat(this.places.find(-1L)).isEmpty();
	}

	private long place(String name, String precision, String admin1, long population) {
		long id = this.jdbc
			.sql("""
					insert into location (name, precision, country_code, admin1_code, latitude, longitude, population, origin, added_by)
					values (:name, :precision, 'UA', :admin1, 48.28, 37.18, :population, 'EDITOR', 'test-data') returning id""")
			.param("name", name)
			.param("precision", precision)
			.param("admin1", admin1)
			.param("population", population)
			.query(Long.class)
			.single();
		name(id, name, NameNormalizer.normalize(name));
		return id;
	}

	private void name(long id, String name, String normalized) {
		this.jdbc.sql("insert into location_name (location_id, name, normalized) values (:id, :name, :normalized)")
			.param("id", id)
			.param("name", name)
			.param("normalized", normalized)
			.update();
	}

}
