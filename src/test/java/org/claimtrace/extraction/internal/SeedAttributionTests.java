package org.claimtrace.extraction.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.claimtrace.extraction.ExtractedAttribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed article of the shared folder (skipped when it is absent): the acceptance bar
 * for sources.
 */
class SeedAttributionTests {

	private static final Path SEED = Path.of(System.getProperty("claimtrace.shared", "../shared"), "seed",
			"kursk-north-korean-troops.txt");

	@Test
	void findsTheSeedSources() throws IOException {
		assumeTrue(Files.isRegularFile(SEED), "no shared seed");
		String text = Files.readString(SEED);
		List<ExtractedAttribution> attributions = new AttributionExtractor().extract(TestPipeline.get().annotate(text));
		assertThat(attributions)
			.extracting(ExtractedAttribution::sourceName, ExtractedAttribution::sourceKind, (a) -> a.cue().text())
			.contains(tuple("US Department of Defense", "government", "said"),
					tuple("US Department of Defense", "government", "told"),
					tuple("Ukrainian government", "government", "said"), tuple("GUR", "intelligence", "estimated"),
					tuple("GUR", "intelligence", "added"), tuple("Volodymyr Zelenskyy", "official_person", "said"),
					tuple("Centre for Defence Strategies", "ngo_think_tank", "said"),
					tuple("Ukrainian military officials and analysts", "unnamed_officials", "according to"),
					tuple("Russian government", "government", "confirmed"));
		assertThat(attributions).filteredOn((a) -> a.sourceName().equals("GUR"))
			.allSatisfy((a) -> assertThat(a.sourceAliases()).contains("Ukraine’s military intelligence directorate",
					"HUR"));
		assertThat(attributions).filteredOn((a) -> a.content().text().startsWith("“We do have indications"))
			.singleElement()
			.satisfies((a) -> {
				assertThat(a.sourceAliases()).contains("Pat Ryder");
				assertThat(a.direct()).isTrue();
			});
	}

}
