package org.claimtrace.location;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared seed article (read from -Dclaimtrace.shared, default ../shared; skipped when
 * absent).
 */
class SeedArticleTests {

	private static final Path SEED = Path.of(System.getProperty("claimtrace.shared", "../shared"), "seed");

	@Test
	void findsEveryExpectedLocationOfTheKurskArticle() throws IOException {
		Path textFile = SEED.resolve("kursk-north-korean-troops.txt");
		Path expectedFile = SEED.resolve("kursk-north-korean-troops.expected.json");
		assumeTrue(Files.exists(textFile) && Files.exists(expectedFile), "seed not found under " + SEED);
		String text = Files.readString(textFile, StandardCharsets.UTF_8);
		JsonNode expected = JsonMapper.builder().build().readTree(expectedFile.toFile());

		// worst case: no NER at all, only capitalised sequences
		List<ResolvedPlace> places = new GazetteerPlaceResolver(TestGazetteer.index()).resolve(text,
				TestGazetteer.capitalised(text));
		places.forEach((p) -> System.out.printf("seed: %-12s %-10s %-10s %s,%s %s/%s region=%s%n", p.text(),
				p.precision(), p.geonamesId(), p.latitude(), p.longitude(), p.countryCode(), p.admin1Code(),
				p.regionGeonamesId()));

		for (JsonNode location : expected.get("locations")) {
			String name = location.get("name").asString();
			List<ResolvedPlace> found = places.stream().filter((p) -> p.text().equals(name)).toList();
			assertThat(found).as(name).isNotEmpty();
			if (location.has("lat")) {
				for (ResolvedPlace p : found) {
					assertThat(p.latitude()).as(name).isCloseTo(location.get("lat").asDouble(), Offset.offset(0.02));
					assertThat(p.longitude()).as(name).isCloseTo(location.get("lon").asDouble(), Offset.offset(0.02));
				}
			}
		}
		assertThat(places).filteredOn((p) -> p.text().equals("Kursk")).allSatisfy((p) -> {
			assertThat(p.precision()).isEqualTo("region");
			assertThat(p.geonamesId()).isEqualTo(538555L);
		});
		assertThat(places).filteredOn((p) -> p.text().equals("Pokrovsk")).allSatisfy((p) -> {
			assertThat(p.geonamesId()).isEqualTo(704422L);
			assertThat(p.regionGeonamesId()).isEqualTo(709716L);
		});
		for (String village : List.of("Plekhovo", "Vorobzha", "Martynovka")) {
			assertThat(places).filteredOn((p) -> p.text().equals(village)).allSatisfy((p) -> {
				assertThat(p.precision()).isEqualTo("unresolved");
				assertThat(p.countryCode()).isEqualTo("RU");
				assertThat(p.admin1Code()).isEqualTo("41");
				assertThat(p.regionGeonamesId()).isEqualTo(538555L);
			});
		}
		assertThat(places).extracting(ResolvedPlace::text)
			.doesNotContain("War", "Monday", "Telegram", "Read", "Saturday", "North Korean", "North Koreans",
					"Pentagon", "GUR", "Kremlin", "Chechen", "Financial Times");
	}

}
