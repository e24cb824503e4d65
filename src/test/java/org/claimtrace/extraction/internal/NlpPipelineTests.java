package org.claimtrace.extraction.internal;

import java.util.List;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NlpPipelineTests {

	@Test
	void parsesOnlySentencesThatNeedIt() {
		String longSentence = "The " + "very ".repeat(NlpPipeline.MAX_PARSED_TOKENS) + "long list said nothing.";
		CoreDocument document = TestPipeline.get()
			.annotate("The weather was mild. Officials said two men were killed. " + longSentence);
		List<CoreSentence> sentences = document.sentences();
		assertThat(sentences).hasSize(3);
		assertThat(sentences.get(0).dependencyParse()).isNull();
		assertThat(sentences.get(1).dependencyParse()).isNotNull();
		assertThat(sentences.get(2).dependencyParse()).isNull();
	}

	@Test
	void tagsDatesAndNumbers() {
		CoreDocument document = TestPipeline.get()
			.annotate("On Monday 11,000 soldiers arrived at 8:20 a.m., as on Jan. 27 in 2022, costing $5 million.");
		List<String> ner = document.tokens().stream().map((t) -> t.word() + "/" + t.ner()).toList();
		assertThat(ner).contains("11,000/NUMBER", "2022/DATE", "Monday/DATE", "Jan./DATE", "27/DATE", "8:20/TIME",
				"a.m./TIME", "5/MONEY");
	}

	@Test
	void retagsAReportingVerbAfterAnAgentAndAParticipleBetweenCommas() {
		assertThat(tags("Economists polled by Reuters forecast that the economy grew.")).contains("forecast/VBD");
		assertThat(tags("The Reuters forecast that the economy would shrink proved wrong.")).contains("forecast/NN");
		assertThat(tags("The senator, asked about the payments, said she had not known.")).contains("asked/VBN");
		assertThat(tags("Mr. Hale, said Ms. Ruiz, was never told.")).contains("said/VBD");
		assertThat(tags("A wave of fresh claims that the army had lied angered officials."))
			.as("a plural noun of speech after 'of' stays a noun")
			.contains("claims/NNS");
	}

	private static List<String> tags(String text) {
		return TestPipeline.get().annotate(text).tokens().stream().map((t) -> t.word() + "/" + t.tag()).toList();
	}

}
