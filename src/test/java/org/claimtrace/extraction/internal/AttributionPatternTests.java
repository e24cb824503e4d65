package org.claimtrace.extraction.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.claimtrace.extraction.ExtractedAttribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrace.extraction.internal.TestAttributions.byCue;
import static org.claimtrace.extraction.internal.TestAttributions.extract;

/**
 * Short invented passages, one per class of attribution the extractor used to miss: cues
 * beyond "said" (demands, stances, attitudes), a speaker far from a "saying" participle,
 * and a reporting clause ending in a colon.
 */
class AttributionPatternTests {

	@Test
	void aParticipleAfterACommaReportsForTheSpeakerOfTheSentence() {
		List<ExtractedAttribution> attributions = extract(
				"Councillor Dana Whitfield said she doubted the new budget figures were right, arguing that "
						+ "the harbour repairs had been left out.");
		ExtractedAttribution arguing = byCue(attributions, "arguing");
		assertThat(arguing.source().text()).isEqualTo("Councillor Dana Whitfield");
		assertThat(arguing.content().text()).startsWith("that the harbour repairs");
	}

	@Test
	void aParticipleTakesTheSubjectOfTheClauseAboveIt() {
		List<ExtractedAttribution> attributions = extract(
				"Marco Bellini walked out of the meeting on Tuesday, warning that a strike could begin within days.");
		assertThat(byCue(attributions, "warning").source().text()).isEqualTo("Marco Bellini");
	}

	@Test
	void aSentenceOpeningWithAParticipleReportsForItsSubject() {
		List<ExtractedAttribution> attributions = extract(
				"Citing the latest flood maps, the county engineer urged residents to move their cars.");
		assertThat(byCue(attributions, "Citing").source().text()).isEqualTo("the county engineer");
	}

	@Test
	void aNameJustBeforeTheVerbIsTheSpeakerEvenAfterAnotherNoun() {
		List<ExtractedAttribution> attributions = extract(
				"Back when he wrote his first book, Mr. Hollis said that debt was a last resort.");
		assertThat(byCue(attributions, "said").source().text()).isEqualTo("Mr. Hollis");
	}

	@Test
	void aParenthesisAfterANameKeepsTheName() {
		List<ExtractedAttribution> attributions = extract(
				"“The dam is safe,” Rep. Nora Quint (D) said on Friday. Sen. Paul Avery (R) said the inspection "
						+ "was overdue.");
		assertThat(attributions).anyMatch((attribution) -> attribution.cue().text().equals("said")
				&& attribution.source().text().equals("Rep. Nora Quint"));
		assertThat(attributions).anyMatch((attribution) -> attribution.cue().text().equals("said")
				&& attribution.source().text().equals("Sen. Paul Avery"));
	}

	@Test
	void editorsLabelsNameNoSpeaker() {
		List<ExtractedAttribution> attributions = extract(
				"Correction: An earlier version of this article misstated the date of the vote.\n"
						+ "MAYOR OKAFOR: We will rebuild the pier.");
		assertThat(attributions).noneMatch((attribution) -> attribution.source().text().equals("Correction"));
		assertThat(attributions).anyMatch((attribution) -> attribution.source().text().equals("MAYOR OKAFOR"));
	}

	@Test
	void aPollAFindingIsReportedInIsItsSource() {
		List<ExtractedAttribution> attributions = extract(
				"In the latest county poll, the mayor leads her rival by six points.");
		ExtractedAttribution in = byCue(attributions, "In");
		assertThat(in.source().text()).isEqualTo("the latest county poll");
		assertThat(in.content().text()).contains("leads her rival");
	}

	@Test
	void callingForSomethingIsADemand() {
		List<ExtractedAttribution> attributions = extract(
				"Mayor Ruth Okafor called for an independent inquiry into the flooding. "
						+ "The tenants' association called on the landlord to repair the lifts.");
		ExtractedAttribution inquiry = attributions.get(0);
		assertThat(inquiry.cue().text()).isEqualTo("called");
		assertThat(inquiry.source().text()).isEqualTo("Mayor Ruth Okafor");
		assertThat(inquiry.content().text()).contains("independent inquiry");
		ExtractedAttribution lifts = attributions.get(1);
		assertThat(lifts.cue().text()).isEqualTo("called");
		assertThat(lifts.source().text()).isEqualTo("The tenants' association");
	}

	@Test
	void callingSomeoneSomethingWithoutForIsNoDemand() {
		assertThat(extract("The ferry company called the new timetable an improvement."))
			.noneMatch((attribution) -> attribution.cue().text().equals("called")
					&& attribution.content().text().contains("timetable")
					&& attribution.source().text().equals("The ferry company") && attribution.direct());
	}

	@Test
	void aReportingClauseEndingInAColonReportsTheNextParagraph() {
		String text = "The Harbour Gazette reports:\n\n\"Ferry fares will rise by a fifth next spring.\"\n\nNo one objected.";
		ExtractedAttribution reports = byCue(extract(text), "reports");
		assertThat(reports.source().text()).isEqualTo("The Harbour Gazette");
		assertThat(reports.content().text()).isEqualTo("\"Ferry fares will rise by a fifth next spring.\"");
		assertThat(reports.direct()).isTrue();
	}

	@Test
	void verbsOfCriticismAndPraiseCueTheirSubject() {
		List<ExtractedAttribution> attributions = extract(
				"Senator Alan Voss denounced the pipeline deal. The governor's office praised the rescue crews.");
		assertThat(byCue(attributions, "denounced").source().text()).isEqualTo("Senator Alan Voss");
		assertThat(byCue(attributions, "praised").source().text()).isEqualTo("The governor's office");
	}

	@Test
	void anAdjectiveOfAttitudeCuesAPersonsStance() {
		List<ExtractedAttribution> attributions = extract(
				"Councillor Priya Nand has been critical of the tram extension for months. "
						+ "Local traders were worried about the road closures.");
		ExtractedAttribution critical = byCue(attributions, "critical");
		assertThat(critical.source().text()).isEqualTo("Councillor Priya Nand");
		assertThat(critical.content().text()).contains("tram extension");
		assertThat(byCue(attributions, "worried").source().text()).isEqualTo("Local traders");
	}

	@Test
	void aTopicWithAboutOrAgainstCuesAStance() {
		List<ExtractedAttribution> attributions = extract(
				"Governor Lena Hart railed against the toll increase at a rally in the port town.");
		ExtractedAttribution railed = byCue(attributions, "railed");
		assertThat(railed.source().text()).isEqualTo("Governor Lena Hart");
		assertThat(railed.content().text()).startsWith("the toll increase");
	}

	@Test
	void thingsTakeNoStance() {
		List<ExtractedAttribution> attributions = extract(
				"The storm was worse than forecast. The report was critical of nothing in particular. "
						+ "The bridge stood against the flood for hours.");
		assertThat(attributions).isEmpty();
	}

}
