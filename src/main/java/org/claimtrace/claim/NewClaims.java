package org.claimtrace.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * One extraction run's output for an article, with sources and places already resolved to
 * ids. Indices link claims to attributions, place mentions and parent claims within this
 * batch.
 */
public record NewClaims(Long articleId, String extractorName, String extractorVersion, List<Attribution> attributions,
		List<PlaceMention> places, List<Figure> claims) {

	public record Span(String text, int start, int end) {
	}

	public record Attribution(Long sourceId, Span source, Span cue, Span content, boolean direct) {
	}

	/**
	 * @param locationId gazetteer row, or null for an unresolved place
	 * @param regionLocationId for an unresolved place, the region the text puts it in
	 * @param precision COUNTRY, REGION, CITY, VILLAGE or UNRESOLVED
	 */
	public record PlaceMention(Long locationId, Long regionLocationId, Span mention, String resolvedName,
			String precision) {
	}

	/**
	 * @param category CASUALTY, FORCE_SIZE, DISTANCE, OTHER_FIGURE
	 * @param qualifier EXACT, APPROXIMATELY, AT_LEAST, MORE_THAN, AT_MOST, UP_TO, RANGE,
	 * ESTIMATE, UNQUANTIFIED
	 * @param verification UNVERIFIED, CONFIRMED, DISPUTED, NOT_STATED
	 * @param periodTotal a total over a stated period ("since February"), not the count
	 * of the event reported
	 */
	public record Figure(String category, String kind, BigDecimal valueMin, BigDecimal valueMax, String unit,
			String qualifier, String party, Integer parentIndex, Integer placeIndex, Integer attributionIndex,
			Long sourceId, String cue, String verification, boolean hedged, Span sentence, int start, int end,
			boolean periodTotal) {
	}

}
