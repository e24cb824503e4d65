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
	void blanksATrailingReadMore() {
		String text = "Two soldiers were killed. Read the full article here";
		assertThat(this.cleaner.clean(text).strip()).isEqualTo("Two soldiers were killed.");
	}

}
