package org.claimtrace.extraction;

/**
 * A toponym in the text and what it resolved to.
 *
 * @param mention the toponym as written
 * @param name the gazetteer's name ("Kursk Oblast"), or the mention text when unresolved
 * @param geonamesId null when not in the gazetteer
 * @param precision country, region, city, village, unresolved
 * @param regionGeonamesId for an unresolved place the text puts in a region ("villages
 * ... in Kursk"), that region's id
 * @param locationId the gazetteer row when the resolver knows it (places editors added
 * have no GeoNames id), else null
 */
public record ExtractedPlace(TextSpan mention, String name, Long geonamesId, Double latitude, Double longitude,
		String countryCode, String precision, Long regionGeonamesId, Long locationId) {
}
