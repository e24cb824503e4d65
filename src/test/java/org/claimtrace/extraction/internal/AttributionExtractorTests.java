package org.claimtrace.extraction.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.claimtrace.extraction.ExtractedAttribution;

import static org.assertj.core.api.Assertions.assertThat;

/** Short passages written for the tricky cases: each asserts who said what, and how. */
class AttributionExtractorTests {

	private final AttributionExtractor extractor = new AttributionExtractor();

	private List<ExtractedAttribution> extract(String text) {
		return this.extractor.extract(TestPipeline.get().annotate(text));
	}

	private static ExtractedAttribution byCue(List<ExtractedAttribution> attributions, String cue) {
		return attributions.stream()
			.filter((attribution) -> attribution.cue().text().equals(cue))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cue '" + cue + "' in " + attributions));
	}

	@Test
	void severalSourcesInOneSentence() {
		String text = "The regional governor said 12 soldiers were wounded, while Moscow claimed that only three were hurt.";
		List<ExtractedAttribution> attributions = extract(text);
		ExtractedAttribution said = byCue(attributions, "said");
		assertThat(said.source().text()).isEqualTo("The regional governor");
		assertThat(said.content().text()).startsWith("12 soldiers were wounded");
		ExtractedAttribution claimed = byCue(attributions, "claimed");
		assertThat(claimed.sourceName()).isEqualTo("Russian government");
		assertThat(claimed.sourceKind()).isEqualTo("government");
		assertThat(claimed.sourceAliases()).contains("Moscow");
		assertThat(claimed.content().text()).isEqualTo("that only three were hurt");
		assertThat(text.substring(claimed.content().start(), claimed.content().end()))
			.isEqualTo(claimed.content().text());
	}

	@Test
	void spokespersonSpeaksForTheOrganisationAndPronounsFollowHim() {
		List<ExtractedAttribution> attributions = extract(
				"Pentagon spokesman Maj Gen Pat Ryder said on Monday that the troops had taken losses. "
						+ "He added that more were expected.");
		ExtractedAttribution said = byCue(attributions, "said");
		assertThat(said.sourceName()).isEqualTo("US Department of Defense");
		assertThat(said.sourceKind()).isEqualTo("government");
		assertThat(said.sourceAliases()).contains("Pentagon", "Pat Ryder");
		ExtractedAttribution added = byCue(attributions, "added");
		assertThat(added.source().text()).isEqualTo("He");
		assertThat(added.sourceName()).isEqualTo("US Department of Defense");
		assertThat(added.direct()).isFalse();
	}

	@Test
	void titlesAndSurnamesResolveToTheNamedPerson() {
		List<ExtractedAttribution> attributions = extract("President Maria Lopez said the border would stay closed. "
				+ "Later, Lopez warned that fighting could spread. The president insisted there would be no talks.");
		assertThat(attributions).hasSize(3).allSatisfy((attribution) -> {
			assertThat(attribution.sourceName()).isEqualTo("Maria Lopez");
			assertThat(attribution.sourceKind()).isEqualTo("official_person");
		});
		assertThat(byCue(attributions, "insisted").source().text()).isEqualTo("The president");
	}

	@Test
	void quotationContinuedInTheNextParagraph() {
		String text = "“The shelling went on all night,” said Olena Petrenko, a nurse in the town.\n"
				+ "“We counted at least 40 wounded.”\nThe army did not comment.";
		List<ExtractedAttribution> attributions = extract(text);
		assertThat(attributions).hasSize(2).allSatisfy((attribution) -> {
			assertThat(attribution.sourceName()).isEqualTo("Olena Petrenko");
			assertThat(attribution.sourceKind()).isEqualTo("person");
			assertThat(attribution.direct()).isTrue();
			assertThat(attribution.cue().text()).isEqualTo("said");
		});
		assertThat(attributions.get(0).content().text()).contains("The shelling went on all night");
		assertThat(attributions.get(1).content().text()).contains("We counted at least 40 wounded");
	}

	@Test
	void accordingToAnAcronymOfTheTable() {
		List<ExtractedAttribution> attributions = extract(
				"Ten civilians were killed near the port, according to the HUR.");
		ExtractedAttribution according = byCue(attributions, "according to");
		assertThat(according.source().text()).isEqualTo("the HUR");
		assertThat(according.sourceName()).isEqualTo("GUR");
		assertThat(according.sourceKind()).isEqualTo("intelligence");
		assertThat(according.content().text()).isEqualTo("Ten civilians were killed near the port");
		assertThat(according.direct()).isFalse();
	}

	@Test
	void appositionGivesAnAliasAndAKind() {
		List<ExtractedAttribution> attributions = extract(
				"The Institute for Eastern Policy, a Warsaw-based think-tank, estimated that 300 shells were fired.");
		ExtractedAttribution estimated = byCue(attributions, "estimated");
		assertThat(estimated.sourceName()).isEqualTo("Institute for Eastern Policy");
		assertThat(estimated.sourceKind()).isEqualTo("ngo_think_tank");
		assertThat(estimated.sourceAliases()).contains("a Warsaw-based think-tank");
	}

	@Test
	void denialAndUnnamedOfficials() {
		List<ExtractedAttribution> attributions = extract("Western officials said the convoy had crossed the border. "
				+ "The Kremlin denied that its troops were in the region.");
		ExtractedAttribution said = byCue(attributions, "said");
		assertThat(said.sourceKind()).isEqualTo("unnamed_officials");
		assertThat(said.sourceName()).isEqualTo("Western officials");
		ExtractedAttribution denied = byCue(attributions, "denied");
		assertThat(denied.sourceName()).isEqualTo("Russian government");
		assertThat(denied.content().text()).isEqualTo("that its troops were in the region");
	}

	@Test
	void quotedSpeechInsideAQuotationIsNotAnotherAttribution() {
		List<ExtractedAttribution> attributions = extract(
				"“We assess that they have suffered casualties,” the general told reporters.");
		assertThat(attributions).singleElement().satisfies((attribution) -> {
			assertThat(attribution.cue().text()).isEqualTo("told");
			assertThat(attribution.source().text()).isEqualTo("the general");
			assertThat(attribution.direct()).isTrue();
		});
	}

}
