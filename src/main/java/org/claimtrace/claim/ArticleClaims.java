package org.claimtrace.claim;

import java.math.BigDecimal;
import java.util.List;

/** Everything extracted from one article, as readers and the API see it. */
public record ArticleClaims(List<ClaimView> claims, List<AttributionView> attributions,
		List<PlaceMentionView> locations) {

	public static ArticleClaims empty() {
		return new ArticleClaims(List.of(), List.of(), List.of());
	}

	/**
	 * @param id the gazetteer row ({@code /places/{id}}), null when unresolved
	 */
	public record PlaceRef(String name, Double latitude, Double longitude, Long geonamesId, String countryCode,
			String precision, Long id) {
	}

	public record SourceRef(Long id, String name, String kind) {
	}

	public record ClaimView(Long id, String category, String kind, BigDecimal valueMin, BigDecimal valueMax,
			String unit, String qualifier, String party, Long parentClaimId, PlaceRef location, SourceRef source,
			String cue, String verification, boolean hedged, String sentence, int start, int end, String reviewStatus,
			String extractorVersion, int sentenceStart, int sentenceEnd, boolean periodTotal) {

		/** "11,000", "20–30", "at least 12", "up to 2 km", "unquantified". */
		public String figure() {
			return Figures.format(this.valueMin, this.valueMax, this.unit, this.qualifier);
		}

		public String kindLabel() {
			return this.kind.replace('_', ' ');
		}

	}

	public record SpanView(String text, Integer start, Integer end) {
	}

	public record SourceSpanView(String text, Integer start, Integer end, String name) {
	}

	public record AttributionView(Long id, SourceSpanView source, SpanView cue, SpanView content, boolean direct) {
	}

	/**
	 * @param locationId the gazetteer row (or its region), null when unresolved
	 */
	public record PlaceMentionView(String text, int start, int end, String name, Double latitude, Double longitude,
			Long geonamesId, String countryCode, String precision, Long locationId) {
	}

}
