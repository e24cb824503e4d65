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

	@Test
	void emptyWhitespaceAndMarkupOnlyInputGiveAnEmptyResult() {
		for (String text : new String[] { "", "   \n\t\n  ", "<html><body><p>&nbsp;</p><br/></body></html>" }) {
			ExtractionResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
					() -> TestExtractor.get().extract(text));
			assertThat(result.claims()).as("claims of %s", text).isEmpty();
			assertThat(result.attributions()).as("attributions of %s", text).isEmpty();
		}
	}

	@Test
	void binaryJunkAndAFiveThousandWordSentenceFinishInBoundedTime() {
		StringBuilder junk = new StringBuilder();
		java.util.Random random = new java.util.Random(42);
		for (int i = 0; i < 20_000; i++) {
			junk.append((char) random.nextInt(0x3000));
		}
		String longSentence = "the rebels said the convoy with 12 trucks moved on and ".repeat(455) + "stopped.";
		// the largest text the API accepts: ordinary prose with one figure per paragraph
		String maxSize = "The council met again on Monday to discuss the budget for schools and roads.\n".repeat(1_250)
				+ "Officials said 40 civilians were wounded in Donetsk.\n".repeat(1_250);
		for (String text : new String[] { junk.toString(), longSentence, maxSize }) {
			ExtractionResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> TestExtractor.get().extract(text));
			for (ExtractedClaim claim : result.claims()) {
				assertThat(claim.start()).isBetween(0, text.length());
				assertThat(claim.end()).isBetween(claim.start(), text.length());
			}
			if (text == maxSize) {
				assertThat(result.claims()).as("one wounded figure per paragraph").hasSize(1_250);
			}
		}
	}

	@Test
	void aGluedSentenceInsideAQuotationKeepsTheQuotationWhole() {
		ExtractionResult result = TestExtractor.get()
			.extract("\"He had a wound to the chest.Nobody here knew him,\" the chief said on Friday.");
		assertThat(result.attributions()).anySatisfy((attribution) -> {
			assertThat(attribution.cue().text()).isEqualTo("said");
			assertThat(attribution.content().text()).contains("a wound to the chest", "Nobody here knew him");
		});
	}

}
