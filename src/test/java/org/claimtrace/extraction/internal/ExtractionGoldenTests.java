package org.claimtrace.extraction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import org.claimtrace.extraction.ExtractedClaim;
import org.claimtrace.extraction.ExtractionResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Golden passages under src/test/resources/extraction/: each expected claim must be
 * matched by one extracted claim (on the fields the case gives), "absent" claims must not
 * be extracted, and "notFigures" numbers must not be figures at all.
 */
class ExtractionGoldenTests {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	static Stream<Arguments> cases() throws IOException {
		List<Arguments> cases = new ArrayList<>();
		for (String file : List.of("figures.json", "verification.json", "figures-war-sweep1.json",
				"figures-war-sweep2.json", "verification-sweep1.json", "figures-war-sweep3.json",
				"figures-war-sweep4.json", "figures-war-sweep5.json", "figures-war-sweep6.json",
				"figures-war-sweep7.json", "figures-war-sweep8.json", "figures-war-sweep9.json",
				"figures-war-sweep10.json", "figures-war-sweep11.json", "figures-war-sweep12.json",
				"figures-war-sweep13.json", "figures-war-sweep14.json", "figures-war-sweep15.json",
				"figures-war-sweep16.json", "figures-war-sweep16b.json", "figures-war-sweep17.json",
				"figures-war-sweep17b.json", "figures-war-sweep18.json", "figures-war-sweep18b.json",
				"figures-war-sweep19.json", "figures-war-sweep20.json", "figures-war-sweep21.json",
				"figures-war-sweep22.json", "figures-round36.json", "figures-round37.json", "figures-war-sweep23.json",
				"figures-war-sweep24.json", "figures-round38.json", "figures-war-sweep25.json",
				"figures-war-sweep26.json", "figures-round39.json", "figures-war-sweep27.json", "figures-round40.json",
				"figures-war-sweep28.json", "figures-round41.json", "figures-war-sweep29.json",
				"figures-round42.json")) {
			try (InputStream in = ExtractionGoldenTests.class.getResourceAsStream("/extraction/" + file)) {
				for (JsonNode node : JSON.readTree(in)) {
					cases.add(Arguments.of(Named.of(file + ": " + node.get("name").asString(), node)));
				}
			}
		}
		return cases.stream();
	}

	/**
	 * A case marked "knownGap" (the reason) is a miss we know of and have not fixed: it
	 * is skipped with its reason while it fails, and fails once it passes, so that the
	 * mark is taken off.
	 */
	@ParameterizedTest
	@MethodSource("cases")
	void passage(JsonNode golden) {
		if (!golden.has("knownGap")) {
			check(golden);
			return;
		}
		try {
			check(golden);
		}
		catch (AssertionError gap) {
			Assumptions.abort("known gap: " + golden.get("knownGap").asString());
		}
		fail("passes now; take off its knownGap mark: " + golden.get("name").asString());
	}

	private static void check(JsonNode golden) {
		String text = golden.get("text").asString();
		ExtractionResult result = TestExtractor.get().extract(text);
		List<ExtractedClaim> claims = result.claims();
		for (JsonNode expected : golden.get("claims")) {
			assertThat(claims).as("expected %s in %s", expected, describe(text, claims))
				.anyMatch((claim) -> matches(expected, claim, claims));
		}
		for (JsonNode absent : golden.path("absent")) {
			assertThat(claims).as("unexpected %s in %s", absent, describe(text, claims))
				.noneMatch((claim) -> matches(absent, claim, claims));
		}
		for (JsonNode number : golden.path("notFigures")) {
			assertThat(claims).as("%s is not a figure: %s", number.asString(), describe(text, claims))
				.noneMatch((claim) -> text.substring(claim.start(), claim.end()).equals(number.asString()));
		}
		if (golden.has("maxClaims")) {
			assertThat(claims).as(describe(text, claims)).hasSizeLessThanOrEqualTo(golden.get("maxClaims").asInt());
		}
	}

	private static boolean matches(JsonNode expected, ExtractedClaim claim, List<ExtractedClaim> claims) {
		return text(expected, "kind", claim.kind()) && text(expected, "category", claim.category())
				&& text(expected, "qualifier", claim.qualifier()) && text(expected, "unit", claim.unit())
				&& text(expected, "verification", claim.verification()) && number(expected, "min", claim.valueMin())
				&& number(expected, "max", claim.valueMax())
				&& (!expected.has("hedged") || expected.get("hedged").asBoolean() == claim.hedged())
				&& expected.path("periodTotal").asBoolean(false) == claim.periodTotal()
				&& (!expected.has("party") || claim.party() != null
						&& claim.party().toLowerCase().contains(expected.get("party").asString().toLowerCase()))
				&& (!expected.has("source") || claim.sourceName() != null
						&& claim.sourceName().toLowerCase().contains(expected.get("source").asString().toLowerCase()))
				&& (!expected.has("parentMin") || claim.parentIndex() != null
						&& number(expected, "parentMin", claims.get(claim.parentIndex()).valueMin()));
	}

	private static boolean text(JsonNode expected, String field, String actual) {
		return !expected.has(field) || expected.get(field).asString().equals(actual);
	}

	private static boolean number(JsonNode expected, String field, BigDecimal actual) {
		return !expected.has(field) || actual != null && expected.get(field).decimalValue().compareTo(actual) == 0;
	}

	static String describe(String text, List<ExtractedClaim> claims) {
		StringBuilder sb = new StringBuilder("\n");
		for (ExtractedClaim claim : claims) {
			sb.append(String.format("  %s/%s %s-%s %s %s party=%s parent=%s verification=%s hedged=%s [%s]%n",
					claim.category(), claim.kind(), claim.valueMin(), claim.valueMax(), claim.unit(), claim.qualifier(),
					claim.party(), claim.parentIndex(), claim.verification(), claim.hedged(),
					text.substring(claim.start(), claim.end())));
		}
		return sb.toString();
	}

}
