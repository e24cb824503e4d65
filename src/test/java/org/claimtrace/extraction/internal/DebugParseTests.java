package org.claimtrace.extraction.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.junit.jupiter.api.Test;

class DebugParseTests {

	@Test
	void print() throws Exception {
		for (String text : Files.readAllLines(Path.of("/tmp/dbg/in.txt"))) {
			if (text.isBlank()) {
				continue;
			}
			CoreDocument document = TestPipeline.get().annotate(text.replace("\\n", "\n"));
			System.out.println("DBG TEXT " + text);
			for (CoreSentence sentence : document.sentences()) {
				System.out.println("DBG " + (sentence.dependencyParse() == null ? "no parse"
						: sentence.dependencyParse().toList().replace("\n", " ; ")));
			}
			System.out.println("DBG GOT " + TestAttributions.extract(text.replace("\\n", "\n")));
		}
	}

}
