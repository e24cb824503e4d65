package org.claimtrace.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTextTests {

	@Test
	void marksLandOnTheirCharactersAcrossParagraphs() {
		String body = "Kyiv said 11,000 soldiers were deployed.\n\nThe GUR estimated 200 casualties.";
		int figure = body.indexOf("200");
		var paragraphs = ArticleText.paragraphs(body, List.of(
				new ArticleText.Mark(body.indexOf("11,000"), body.indexOf("11,000") + 6, "a", "figure", "deployed"),
				new ArticleText.Mark(figure, figure + 3, "b", "figure", "casualties")));
		assertThat(paragraphs).hasSize(2);
		assertThat(paragraphs.get(0)).extracting(ArticleText.Segment::text)
			.containsExactly("Kyiv said ", "11,000", " soldiers were deployed.");
		assertThat(paragraphs.get(1).get(1).text()).isEqualTo("200");
		assertThat(paragraphs.get(1).get(1).mark().id()).isEqualTo("b");
	}

	@Test
	void overlappingMarksKeepTheFirstAndOutOfRangeMarksAreIgnored() {
		String body = "Russian forces are now just 3km from Pokrovsk.";
		int at = body.indexOf("3km");
		var paragraphs = ArticleText.paragraphs(body,
				List.of(new ArticleText.Mark(at, at + 3, "f", "figure", "distance"),
						new ArticleText.Mark(at + 1, at + 8, "x", "cue", "overlap"),
						new ArticleText.Mark(40, 400, "y", "cue", "bad")));
		assertThat(paragraphs.get(0)).extracting(ArticleText.Segment::text)
			.containsExactly("Russian forces are now just ", "3km", " from Pokrovsk.");
	}

	@Test
	void blankLinesHoldingSpacesStillSeparateParagraphsOnEveryPage() {
		String body = "First paragraph.\n  \nSecond paragraph.\n\nThird.";
		assertThat(ArticleText.paragraphs(body, List.of())).hasSize(3);
		ArticleDetails details = new ArticleDetails(1L, "t", "u", "o", null, null, body, ArticleStatus.PUBLISHED,
				ExtractionStatus.DONE, "e", null, null, 0);
		assertThat(details.paragraphs()).containsExactly("First paragraph.", "Second paragraph.", "Third.");
	}

	@Test
	void claimedSentencesAreWrappedAndClaimsWithoutTheirOwnMarkGetAnAnchorInside() {
		String body = "Intro line. Kyiv said 11,000 soldiers were deployed. Nothing else.";
		int figure = body.indexOf("11,000");
		int sentenceStart = body.indexOf("Kyiv");
		int sentenceEnd = body.indexOf(" Nothing");
		var paragraphs = ArticleText.paragraphs(body,
				List.of(new ArticleText.Mark(figure, figure + 6, "claim-1", "figure", "deployed")),
				List.of(new ArticleText.Sentence(sentenceStart, sentenceEnd, List.of("claim-1", "claim-2"))));
		assertThat(paragraphs).singleElement().satisfies((blocks) -> {
			assertThat(blocks).extracting(ArticleText.Block::sentence).containsExactly(false, true, false);
			ArticleText.Block sentence = blocks.get(1);
			assertThat(sentence.segments()).extracting(ArticleText.Segment::text)
				.containsExactly("Kyiv said ", "11,000", " soldiers were deployed.");
			assertThat(sentence.segments().get(1).mark().id()).isEqualTo("claim-1");
			assertThat(sentence.anchors()).containsExactly("claim-2");
		});
	}

	@Test
	void signUpPromptsPastedWithTheArticleAreNotShownButCreditsAre() {
		String body = "Stay informed with free updates\nSimply sign up to the War in Ukraine myFT Digest — delivered "
				+ "directly to your inbox.\nKyiv said 11,000 soldiers were deployed.\nSign-up sheets were handed out, "
				+ "officials said.\nAdditional reporting by Jane Doe in Washington\nRead the full article here";
		var paragraphs = ArticleText.paragraphs(body, List.of(), List.of());
		assertThat(paragraphs)
			.map((p) -> p.stream()
				.flatMap((b) -> b.segments().stream())
				.map(ArticleText.Segment::text)
				.reduce("", String::concat))
			.containsExactly("Kyiv said 11,000 soldiers were deployed.",
					"Sign-up sheets were handed out, officials said.",
					"Additional reporting by Jane Doe in Washington");
		// the editor's view keeps every line
		assertThat(ArticleText.paragraphs(body, List.of())).hasSize(6);
	}

	@Test
	void aReportPastedOnThePromptsLineIsShown() {
		String body = "Sign up to our Morning Briefing newsletter. Three people were killed and 11 wounded in "
				+ "shelling of Kherson, the regional administration said.\nSign up to our newsletter. Join 40,000 readers today.";
		var paragraphs = ArticleText.paragraphs(body, List.of(), List.of());
		assertThat(paragraphs).hasSize(1);
		assertThat(paragraphs.get(0)
			.stream()
			.flatMap((b) -> b.segments().stream())
			.map(ArticleText.Segment::text)
			.reduce("", String::concat)).contains("Three people were killed");
	}

	@Test
	void aReportAfterAPromptIsShownUnlessItIsASalesPitchToTheReader() {
		String body = "Sign up to our Morning Briefing newsletter. US forces said 12 militants were killed in the raid.\n"
				+ "Subscribe now. Save the Children said 40 children were killed in the strike.\n"
				+ "Sign up to our newsletter. Witnesses told us that 40 people were killed.\n"
				+ "Sign up to our newsletter. Over 2 million readers trust us.\n"
				+ "Subscribe today. Enjoy 30 days of free access to all our journalism.";
		String shown = ArticleText.paragraphs(body, List.of(), List.of())
			.stream()
			.flatMap((p) -> p.stream())
			.flatMap((b) -> b.segments().stream())
			.map(ArticleText.Segment::text)
			.reduce("", String::concat);
		assertThat(shown).contains("US forces said 12 militants", "Save the Children said", "Witnesses told us")
			.doesNotContain("readers trust us")
			.doesNotContain("Enjoy 30 days");
	}

}
