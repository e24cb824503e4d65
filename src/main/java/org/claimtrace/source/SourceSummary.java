package org.claimtrace.source;

/** One source with its aliases and how often it is cited, for editors. */
public record SourceSummary(Long id, String name, String kind, String countryCode, long version, String aliases,
		long claims, long attributions) {
}
