package org.claimtrace.location;

/**
 * A stretch of text that may name a place: from NER (LOCATION, CITY, COUNTRY,
 * STATE_OR_PROVINCE) or a capitalised token sequence the extractor proposes for a
 * gazetteer lookup (CoreNLP misses "Kursk").
 *
 * @param contextOnly a place inside a name ("Dallas" in "Dallas Cowboys", "Georgia" in
 * "University of Georgia"): no toponym itself, but a hint of where the text is
 */
public record ToponymCandidate(String text, int start, int end, boolean fromNer, boolean contextOnly) {

	public ToponymCandidate(String text, int start, int end, boolean fromNer) {
		this(text, start, end, fromNer, false);
	}

}
