package org.claimtrace.extraction.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTests {

	private final TextCleaner cleaner = new TextCleaner();

	@Test
	void blanksNewsletterLinesAndKeepsOffsets() {
		String text = "Get the latest news delivered to your inbox.\nSign up to our Morning Briefing\n"
				+ "Officials said 12 people were killed.\nAdditional reporting by Jane Doe in Paris\nRead the full article here";
		String cleaned = this.cleaner.clean(text);
		assertThat(cleaned).hasSameSizeAs(text);
		assertThat(cleaned.strip()).isEqualTo("Officials said 12 people were killed.");
		assertThat(cleaned.indexOf("12")).isEqualTo(text.indexOf("12"));
	}

	@Test
	void blanksHtmlTagsAndDecodesEntitiesInPlace() {
		String text = "<p>Police said 3&nbsp;men were <b>wounded</b> at AT&amp;T Park.</p>";
		String cleaned = this.cleaner.clean(text);
		assertThat(cleaned).hasSameSizeAs(text);
		assertThat(cleaned.replaceAll(" +", " ").strip()).isEqualTo("Police said 3 men were wounded at AT& T Park.");
		assertThat(cleaned.indexOf("wounded")).isEqualTo(text.indexOf("wounded"));
	}

	@Test
	void keepsOrdinaryArticleLines() {
		String text = "He said sign-ups for the militia rose.\nThe army said it would share the data.";
		assertThat(this.cleaner.clean(text)).isEqualTo(text);
	}

	@Test
	void blanksLinesThatLinkToAnotherStory() {
		String article = "A woman shot on Friday night has died, police said.";
		String text = article + "\nEarlier: Two critically wounded in Delmar Boulevard shooting\n"
				+ "Related: 3 shot outside Eastside bar\nSEE ALSO: Police chief to retire.";
		assertKeepsOnly(text, article);
	}

	@Test
	void keepsLabelledLinesOfMoreThanOneSentence() {
		String text = "Earlier: Police said two men were shot. One of them died on Sunday.\n"
				+ "UPDATE: A second man has died.";
		assertThat(this.cleaner.clean(text)).isEqualTo(text);
	}

	@Test
	void blanksTheNextStoryAfterTheRightsLine() {
		String article = "A man was shot in the arm on Oak Street on Friday night, police said. He was treated at a "
				+ "hospital for a wound that is not life-threatening. Officers found several shell casings near a parked car, "
				+ "and detectives are asking neighbors for video. Copyright 2015 WXYZ. All rights reserved.";
		String text = article + "Crash kills 2SUFFOLK, Va. — Two people died on Route 58.";
		assertKeepsOnly(text, article);
	}

	@Test
	void blanksTheReadersCommentsAfterTheirHeading() {
		String article = "A woman was shot in the hand on Elm Street on Monday night, police said. She was treated at a "
				+ "hospital and released. Officers found shell casings in the alley behind a laundromat, and detectives "
				+ "are asking anyone with video to call.";
		String text = article + "\n3 Comments\nsam_k: two people got killed on this street last year\nReply";
		assertKeepsOnly(text, article);
	}

	@Test
	void keepsTheArticleAfterAnEarlyCommentsLineOrAnOrdinaryOne() {
		String early = "Comments\nTwo men were shot on Oak Street on Friday night.";
		assertThat(this.cleaner.clean(early)).isEqualTo(early);
		String article = "A woman was shot in the hand on Elm Street on Monday night, police said. She was treated at a "
				+ "hospital and released. Officers found shell casings in the alley behind a laundromat, and detectives "
				+ "are asking anyone with video to call.\nPolice declined to make further comments.\nA man was arrested.";
		assertThat(this.cleaner.clean(article)).isEqualTo(article);
	}

	@Test
	void keepsTheArticleUnderACommentsLineAboveTheBody() {
		String shareBar = "Teen killed, two hurt in Hartford shooting\nBy Ana Lopez, Courant Staff | Published Saturday, "
				+ "8:05 a.m. | Updated Saturday, 11:40 a.m. | Share this story on Facebook, X or by email with friends "
				+ "and neighbors who may have seen something\n0 Comments\nHARTFORD, Conn. — Gunfire on Park Street late "
				+ "Friday killed a 16-year-old boy and wounded two men, police said.";
		assertThat(this.cleaner.clean(shareBar)).isEqualTo(shareBar);
		String caption = "Photo: Spokane police officers stand outside the Sprague Avenue tavern where a man was shot "
				+ "late Friday. Detectives spent much of the night collecting shell casings from the parking lot and "
				+ "the sidewalk.\nShow comments\nSPOKANE, Wash. — A man was shot and killed outside a tavern on East "
				+ "Sprague Avenue late Friday. Two women were wounded.";
		assertThat(this.cleaner.clean(caption)).isEqualTo(caption);
	}

	@Test
	void keepsTheArticleAfterAnOpeningRightsLine() {
		String text = "Copyright 2015 WXYZ. All rights reserved.\nTwo men were shot on Oak Street on Friday night.";
		assertThat(this.cleaner.clean(text).strip()).isEqualTo("Two men were shot on Oak Street on Friday night.");
	}

	@Test
	void blanksATrailingReadMore() {
		String text = "Two soldiers were killed. Read the full article here";
		assertThat(this.cleaner.clean(text).strip()).isEqualTo("Two soldiers were killed.");
	}

	@Test
	void splitsGluedSentences() {
		String text = "Police found him with a leg wound.He was taken to a hospital.";
		assertThat(this.cleaner.clean(text))
			.isEqualTo("Police found him with a leg wound\nHe was taken to a hospital.");
	}

	@Test
	void leavesAbbreviationsAndAddressesAlone() {
		String text = "Sen.Warren spoke on Friday. Details are at www.Facebook.com and on Twitter.com/police today.Other news.";
		String cleaned = this.cleaner.clean(text);
		assertThat(cleaned).contains("Sen.Warren", "www.Facebook.com", "Twitter.com/police");
		assertThat(cleaned).contains("today\nOther");
	}

	@Test
	void endsAGluedSentenceBeforeATitledName() {
		assertThat(this.cleaner.clean("Two people were wounded.Dr.Lund treated them."))
			.isEqualTo("Two people were wounded\nDr.Lund treated them.");
		assertThat(this.cleaner.clean("The clerk was hurt.St.Louis police said more.")).contains("hurt\nSt.Louis");
	}

	@Test
	void endsAGluedSentenceAfterAWordThatNoNameFollows() {
		// "No." and "Jan." come before numbers, "Inc." and "Ave." end a name
		assertThat(this.cleaner.clean("Asked again, she said no.Then she left.")).contains("no\nThen");
		assertThat(this.cleaner.clean("It closed in Jan.The owner moved.")).contains("Jan\nThe");
		assertThat(this.cleaner.clean("He works for Brell Inc.Shares fell.")).contains("Inc\nShares");
		assertThat(this.cleaner.clean("A man was shot on Tern Ave.Police came.")).contains("Ave\nPolice");
	}

	@Test
	void leavesAMailAddressAlone() {
		String text = "Write to dana.Price@example.org with tips.";
		assertThat(this.cleaner.clean(text)).isEqualTo(text);
	}

	@Test
	void keepsAGluedQuotationWhole() {
		String text = "\"He had one wound.Nobody knew him,\" the chief said.Officers left.";
		String cleaned = this.cleaner.clean(text);
		assertThat(cleaned).hasSameSizeAs(text);
		assertThat(cleaned).isEqualTo("\"He had one wound Nobody knew him,\" the chief said\nOfficers left.");
		assertThat(this.cleaner.clean("“One wound.Nobody knew him,” he said.")).doesNotContain("\n");
	}

	@Test
	void aStrayQuotationMarkOpensNoQuotation() {
		String text = "The suspect is 6'1\" tall. He was shot in the leg.Officers arrested him.";
		assertThat(this.cleaner.clean(text)).contains("leg\nOfficers");
	}

	@Test
	void aLongOneLineTextOfGluedSentencesIsReadOnce() {
		String text = "He said \"the wound.Nobody knew him\" and left.Then ".repeat(4000);
		TextCleaner.QuotationState quotation = new TextCleaner.QuotationState();
		String cleaned = this.cleaner.clean(text, quotation);
		assertThat(cleaned).hasSameSizeAs(text).contains("wound Nobody", "left\nThen");
		// read once: each character once, plus the bounded look-ahead per glued period
		// (reading from the line start at each period would be about 2,000 times more)
		assertThat(quotation.calls()).isEqualTo(8000);
		assertThat(quotation.examined())
			.isLessThanOrEqualTo(text.length() + (long) quotation.calls() * TextCleaner.QuotationState.LOOK_AHEAD);
	}

	/** Everything but {@code article} blanked, in place (offsets kept). */
	private void assertKeepsOnly(String text, String article) {
		String cleaned = this.cleaner.clean(text);
		assertThat(cleaned).hasSameSizeAs(text);
		assertThat(cleaned.strip()).isEqualTo(article);
	}

	@Test
	void blanksAPromptButKeepsTheReportPastedOnItsLine() {
		String report = "Three people were killed and 11 wounded in Russian shelling of Kherson's Dniprovskyi "
				+ "district, the regional administration said.";
		String text = "Sign up to our Morning Briefing newsletter. " + report
				+ " Got a news tip? Call us on +44 20 7946 0321.\nReporting by Ana Ruiz. Editing by Tom Lee.";
		String cleaned = this.cleaner.clean(text);
		assertThat(cleaned).hasSameSizeAs(text);
		assertThat(cleaned.strip()).isEqualTo(report);
		assertThat(cleaned.indexOf("Three")).isEqualTo(text.indexOf("Three"));
	}

	@Test
	void aShareBarsCommentButtonDoesNotEndTheArticle() {
		String text = "Soldiers clashed with gunmen on Tuesday, the ministry said. Three soldiers were wounded.\n"
				+ "Gift Article\nShare\nComment\nThe violence erupted in September, and 1,200 people have been killed.";
		assertThat(this.cleaner.clean(text)).contains("1,200 people have been killed");
		assertThat(this.cleaner.clean(text + "\n12 Comments\nA reader wrote that two people died."))
			.doesNotContain("two people died");
	}

}
