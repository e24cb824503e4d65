package org.claimtrace.location;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerIndexTests {

	/**
	 * "Qamishli", "Qalqilya", "Huwara": English spellings of places GeoNames spells "Al
	 * Qamishli", "Qalqilyah", "Huwwarah", found however transliterated; only in countries
	 * that spell from Arabic, and never by the exact lookup.
	 */
	@Test
	void arabicTransliterationsAreFound() {
		assertThat(TestGazetteer.index().lookup("Qamishli")).isEmpty();
		assertThat(TestGazetteer.index().lookupTransliterated("Qamishli")).extracting(GazetteerEntry::geonamesId)
			.contains(173377L);
		assertThat(TestGazetteer.index().lookupTransliterated("Qalqilya")).extracting(GazetteerEntry::geonamesId)
			.contains(282457L);
		assertThat(TestGazetteer.index().lookupTransliterated("Huwara")).extracting(GazetteerEntry::geonamesId)
			.contains(283636L);
		assertThat(TestGazetteer.index().lookupTransliterated("Sacramento")).isEmpty();
	}

	/**
	 * "Sangareddy", "Tiruchirapalli": English spellings of places in South Asia that
	 * GeoNames spells "Sangareddi", "Tiruchirappalli", found however transliterated;
	 * never by the exact lookup.
	 */
	@Test
	void southAsianTransliterationsAreFound() {
		assertThat(TestGazetteer.index().lookup("Sangareddy")).isEmpty();
		assertThat(TestGazetteer.index().lookupTransliterated("Sangareddy")).extracting(GazetteerEntry::geonamesId)
			.contains(1257431L);
		assertThat(TestGazetteer.index().lookupTransliterated("Tiruchirapalli")).extracting(GazetteerEntry::geonamesId)
			.contains(1254388L);
		assertThat(TestGazetteer.index().lookupTransliterated("Sacramento")).isEmpty();
	}

	/**
	 * "Graivoron", "Nizhny Tagil": English spellings of Russian and Ukrainian places
	 * GeoNames spells "Grayvoron", "Nizhniy Tagil", found however transliterated; never
	 * by the exact lookup.
	 */
	@Test
	void cyrillicTransliterationsAreFound() {
		assertThat(TestGazetteer.index().lookup("Graivoron")).isEmpty();
		assertThat(TestGazetteer.index().lookupTransliterated("Graivoron")).extracting(GazetteerEntry::geonamesId)
			.contains(559034L);
		assertThat(TestGazetteer.index().lookupTransliterated("Nizhniy Taghil")).isEmpty();
		assertThat(TestGazetteer.index().lookupTransliterated("Kamensk-Uralsky")).extracting(GazetteerEntry::geonamesId)
			.contains(1504826L);
	}

	@Test
	void findsKyivByItsAlternateNameKiev() {
		List<GazetteerEntry> kiev = TestGazetteer.index().lookup("Kiev");
		assertThat(kiev).anySatisfy((e) -> {
			assertThat(e.geonamesId()).isEqualTo(703448L);
			assertThat(e.name()).isEqualTo("Kyiv");
			assertThat(e.precision()).isEqualTo(Precision.CITY);
		});
		assertThat(TestGazetteer.index().lookup("Kharkov"))
			.anySatisfy((e) -> assertThat(e.name()).isEqualTo("Kharkiv"));
	}

	@Test
	void hasBothPokrovsks() {
		assertThat(TestGazetteer.index().lookup("Pokrovsk")).extracting(GazetteerEntry::geonamesId)
			.contains(704422L, 2017824L);
	}

	@Test
	void findsRegionsByTheFormsNewsUse() {
		for (String name : List.of("Kursk Oblast", "Kursk region", "kursk province")) {
			assertThat(TestGazetteer.index().lookup(name)).as(name).anySatisfy((e) -> {
				assertThat(e.precision()).isEqualTo(Precision.REGION);
				assertThat(e.countryCode()).isEqualTo("RU");
				assertThat(e.latitude()).isBetween(51.7, 51.8);
			});
		}
		assertThat(TestGazetteer.index().lookup("Donetsk region"))
			.anySatisfy((e) -> assertThat(e.countryCode()).isEqualTo("UA"));
	}

	/**
	 * "Gyeonggi province", "South Gyeongsang": South Korea's provinces as
	 * English-language news names them, not as GeoNames romanises them ("Gyeonggi-do",
	 * "Gyeongsangnam-do").
	 */
	@Test
	void findsKoreanProvincesByTheirEnglishNames() {
		for (String name : List.of("Gyeonggi", "Gyeonggi province", "Gyeonggi region", "South Gyeongsang",
				"North Jeolla")) {
			assertThat(TestGazetteer.index().lookup(name)).as(name).anySatisfy((e) -> {
				assertThat(e.precision()).isEqualTo(Precision.REGION);
				assertThat(e.countryCode()).isEqualTo("KR");
			});
		}
		assertThat(TestGazetteer.index().lookup("South Gyeongsang")).extracting(GazetteerEntry::name)
			.contains("Gyeongsangnam-do");
	}

	/**
	 * A region without GeoNames' own point is placed in its middle, not at its seat on an
	 * edge (Queensland was at Brisbane, 1,100 km from GeoNames' point; Sindh at Karachi
	 * on the coast), and a region across the 180th meridian is not put on the far side of
	 * the globe.
	 */
	@Test
	void placesRegionsInTheirMiddleNotAtTheirSeat() {
		assertRegionNear("Queensland", "AU", -20, 145);
		assertRegionNear("Sindh", "PK", 26, 68.5);
		assertRegionNear("Tamil Nadu", "IN", 11, 78.5);
		// its towns lie in the south, so its middle is 200 km south of GeoNames' point
		assertRegionNear("Ontario", "CA", 48, -84.5);
		assertRegionNear("Texas", "US", 31.25, -99.25);
		assertThat(TestGazetteer.index().lookup("Alaska"))
			.filteredOn((e) -> e.precision() == Precision.REGION && e.countryCode().equals("US"))
			.singleElement()
			.satisfies((e) -> assertThat(e.longitude()).isBetween(-170.0, -140.0));
	}

	/**
	 * A region whose middle lies off its land is placed at its own place nearest that
	 * middle: the middle of Florida's span is in the Gulf of Mexico, 100 km off the coast
	 * (which lies east of 82.9 W at those latitudes).
	 */
	@Test
	void placesARegionOnItsOwnLand() {
		assertThat(TestGazetteer.index().lookup("Florida"))
			.filteredOn((e) -> e.precision() == Precision.REGION && e.countryCode().equals("US"))
			.singleElement()
			.satisfies((e) -> assertThat(e.longitude()).isBetween(-82.9, -80.0));
	}

	private static void assertRegionNear(String name, String countryCode, double latitude, double longitude) {
		assertThat(TestGazetteer.index().lookup(name)).as(name)
			.filteredOn((e) -> e.precision() == Precision.REGION && e.countryCode().equals(countryCode))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.latitude()).as(name).isCloseTo(latitude, org.assertj.core.data.Offset.offset(1.5));
				assertThat(e.longitude()).as(name).isCloseTo(longitude, org.assertj.core.data.Offset.offset(1.5));
			});
	}

	/**
	 * The English metropolitan counties GeoNames splits into boroughs: "West Yorkshire"
	 * and "Greater Manchester" are counties of England near their towns.
	 */
	@Test
	void findsEnglishMetropolitanCounties() {
		for (String name : List.of("West Yorkshire", "Greater Manchester", "Merseyside", "Tyne and Wear")) {
			assertThat(TestGazetteer.index().lookup(name)).as(name).anySatisfy((e) -> {
				assertThat(e.featureCode()).isEqualTo("ADM2");
				assertThat(e.countryCode()).isEqualTo("GB");
				assertThat(e.latitude()).isBetween(53.0, 55.5);
			});
		}
	}

	@Test
	void findsCountriesAndAliases() {
		assertThat(TestGazetteer.index().lookup("North Korea")).singleElement()
			.satisfies((e) -> assertThat(e.geonamesId()).isEqualTo(1873107L));
		assertThat(TestGazetteer.index().lookup("USA")).anySatisfy((e) -> assertThat(e.countryCode()).isEqualTo("US"));
	}

	@Test
	void findsCountiesOfTheUsTheUkAndIrelandUnderTheNamesNewsUse() {
		for (String name : List.of("County Cork", "Co Cork", "Co. Cork")) {
			assertThat(TestGazetteer.index().lookup(name)).as(name).singleElement().satisfies((e) -> {
				assertThat(e.featureCode()).isEqualTo("ADM2");
				assertThat(e.countryCode()).isEqualTo("IE");
				assertThat(e.admin1Code()).isEqualTo("M");
			});
		}
		assertThat(TestGazetteer.index().lookup("Harris County"))
			.anySatisfy((e) -> assertThat(e.admin1Code()).isEqualTo("TX"));
		assertThat(TestGazetteer.index().lookup("Kent")).anySatisfy((e) -> {
			assertThat(e.featureCode()).isEqualTo("ADM2");
			assertThat(e.countryCode()).isEqualTo("GB");
		});
		// counties never replace their first-level region
		assertThat(TestGazetteer.index().region("GB", "ENG").geonamesId()).isEqualTo(6269131L);
		assertThat(TestGazetteer.index().region("IE", "M").name()).isEqualTo("Munster");
	}

	@Test
	void normalizesAccentsApostrophesAndHyphens() {
		assertThat(NameNormalizer.normalize("Donets'k")).isEqualTo("donetsk");
		assertThat(NameNormalizer.normalize("Ivano-Frankivsk")).isEqualTo("ivano frankivsk");
		assertThat(NameNormalizer.normalize("Kraków")).isEqualTo("krakow");
		assertThat(NameNormalizer.normalize("Łódź")).isEqualTo("lodz");
	}

	@Test
	void reportsSizeAndMemory() {
		Runtime rt = Runtime.getRuntime();
		System.gc();
		long before = rt.totalMemory() - rt.freeMemory();
		long start = System.nanoTime();
		GazetteerIndex index = GazetteerIndex.fromClasspath();
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.gc();
		System.gc();
		long after = rt.totalMemory() - rt.freeMemory();
		System.out.printf("GazetteerIndex: %d entries, %d keys, built in %d ms, ~%d MB retained%n", index.size(),
				index.keyCount(), millis, (after - before) / (1024 * 1024));
		assertThat(index.size()).isGreaterThan(190_000);
	}

}
