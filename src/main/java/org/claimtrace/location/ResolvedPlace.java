package org.claimtrace.location;

/**
 * A candidate that the resolver accepted as a place. Unresolved places (not in the
 * gazetteer but clearly places, e.g. "the village of Plekhovo") have a null geonamesId
 * and precision "unresolved".
 */
public record ResolvedPlace(String text, int start, int end, String name, Long geonamesId, Double latitude,
		Double longitude, String countryCode, String admin1Code, String precision, Long regionGeonamesId) {
}
