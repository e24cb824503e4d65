package org.claimtrace.extraction.internal;

import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Resolves "they" in a casualty claim to the nearest preceding plural group of people or
 * forces.
 */
final class PartyFinder {

	private static final int LOOK_BACK_SENTENCES = 2;

	private PartyFinder() {
	}

	static String previousGroup(List<CoreSentence> sentences, int sentenceIndex, int tokenIndex, String fallback) {
		for (int s = sentenceIndex; s >= 0 && s >= sentenceIndex - LOOK_BACK_SENTENCES; s--) {
			List<CoreLabel> tokens = sentences.get(s).tokens();
			int from = (s == sentenceIndex) ? tokenIndex - 1 : tokens.size() - 1;
			for (int k = from; k >= 0; k--) {
				CoreLabel token = tokens.get(k);
				if ("NNS".equals(token.tag()) || "NNPS".equals(token.tag())) {
					if (Lexicon.isHuman(token)) {
						int start = k;
						while (start > 0 && tokens.get(start - 1).tag().matches("JJ|NNP|NNPS|NN|POS")) {
							start--;
						}
						return sentences.get(s)
							.text()
							.substring(tokens.get(start).beginPosition() - sentences.get(s).charOffsets().first,
									token.endPosition() - sentences.get(s).charOffsets().first);
					}
				}
			}
		}
		return fallback;
	}

}
