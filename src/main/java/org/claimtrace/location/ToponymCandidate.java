package org.claimtrace.location;

/**
 * A stretch of text that may name a place: from NER (LOCATION, CITY, COUNTRY,
 * STATE_OR_PROVINCE) or a capitalised token sequence the extractor proposes for a
 * gazetteer lookup (CoreNLP misses "Kursk").
 */
public record ToponymCandidate(String text, int start, int end, boolean fromNer) {
}
