package org.claimtrace.extraction.internal;

import java.time.Duration;

import org.claimtrace.extraction.ExtractedClaim;
import org.claimtrace.extraction.ExtractionResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ClaimExtractorTests {

	@Test
	void figureInTheOutletsOwnVoiceHasOutletAsSource() {
		String text = "Two soldiers were killed in Kursk on Monday.";
		ExtractionResult result = TestExtractor.get().extract(text);
		assertThat(result.claims()).hasSize(1);
		ExtractedClaim claim = result.claims().get(0);
		assertThat(claim.kind()).isEqualTo("killed");
		assertThat(claim.sourceKind()).isEqualTo("outlet");
		assertThat(claim.sourceName()).isNull();
		assertThat(claim.attributionIndex()).isNull();
		assertThat(result.places().get(claim.placeIndex()).mention().text()).isEqualTo("Kursk");
		assertThat(text.substring(claim.start(), claim.end())).isEqualTo("Two");
		assertThat(claim.sentence().text()).isEqualTo(text);
		assertThat(result.extractorVersion()).isEqualTo(ClaimExtractor.EXTRACTOR_VERSION);
	}

	@Test
	void offsetsPointIntoTheSubmittedTextDespiteBoilerplate() {
		String text = "Sign up to our newsletter\n<p>Officials said 40 civilians were wounded&nbsp;in Donetsk.</p>";
		ExtractionResult result = TestExtractor.get().extract(text);
		ExtractedClaim claim = result.claims().get(0);
		assertThat(text.substring(claim.start(), claim.end())).isEqualTo("40");
		assertThat(claim.kind()).isEqualTo("wounded");
		assertThat(claim.party()).isEqualTo("civilians");
	}

	@Test
	void pathologicalInputDoesNotHang() {
		String text = "killed 3 and ".repeat(400) + "\n" + "1, ".repeat(500);
		ExtractionResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> TestExtractor.get().extract(text));
		assertThat(result.claims()).isNotNull();
	}

}
