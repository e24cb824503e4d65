package org.claimtrace.location;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classpath gazetteer, built once per test JVM, and a stand-in for the extractor's
 * candidates.
 */
final class TestGazetteer {

	private static GazetteerIndex index;

	private static final Pattern CAPITALISED = Pattern
		.compile("\\p{Lu}[\\p{L}\\p{M}\\-]*(?:(?:[ \\t]+|[ \\t]+of[ \\t]+|-)\\p{Lu}[\\p{L}\\p{M}\\-]*)*");

	private TestGazetteer() {
	}

	static synchronized GazetteerIndex index() {
		if (index == null) {
			index = GazetteerIndex.fromClasspath();
		}
		return index;
	}

	/**
	 * Every capitalised token sequence, as the extractor proposes for gazetteer lookup
	 * (not NER).
	 */
	static List<ToponymCandidate> capitalised(String text) {
		List<ToponymCandidate> candidates = new ArrayList<>();
		Matcher m = CAPITALISED.matcher(text);
		while (m.find()) {
			candidates.add(new ToponymCandidate(m.group(), m.start(), m.end(), false));
		}
		return candidates;
	}

	/** Marks the candidates whose text is in {@code nerTexts} as NER candidates. */
	static List<ToponymCandidate> withNer(List<ToponymCandidate> candidates, String... nerTexts) {
		List<String> ner = List.of(nerTexts);
		return candidates.stream()
			.map((c) -> new ToponymCandidate(c.text(), c.start(), c.end(), ner.contains(c.text())))
			.toList();
	}

	static ToponymCandidate ner(String text, String mention) {
		int start = text.indexOf(mention);
		return new ToponymCandidate(mention, start, start + mention.length(), true);
	}

	static ToponymCandidate gazetteerOnly(String text, String mention) {
		int start = text.indexOf(mention);
		return new ToponymCandidate(mention, start, start + mention.length(), false);
	}

}
