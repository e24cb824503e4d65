package org.claimtrace.location;

/**
 * A candidate that the resolver accepted as a place. Unresolved places (not in the
 * gazetteer but clearly places, e.g. "the village of Plekhovo") have a null geonamesId
 * and precision "unresolved". {@code locationId} is the gazetteer row when known (always
 * for places editors added, which have no GeoNames id).
 */
public record ResolvedPlace(String text, int start, int end, String name, Long geonamesId, Double latitude,
		Double longitude, String countryCode, String admin1Code, String precision, Long regionGeonamesId,
		Long locationId) {

	public ResolvedPlace(String text, int start, int end, String name, Long geonamesId, Double latitude,
			Double longitude, String countryCode, String admin1Code, String precision, Long regionGeonamesId) {
		this(text, start, end, name, geonamesId, latitude, longitude, countryCode, admin1Code, precision,
				regionGeonamesId, null);
	}

}
