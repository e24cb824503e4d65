package org.claimtrace.claim;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;

/**
 * One claim as the explorer, exports and read API show it, with its provenance: the
 * article, the sentence, the span and the extractor. Enum-like values are lower case.
 */
public record ClaimRow(Long id, String category, String kind, BigDecimal valueMin, BigDecimal valueMax, String unit,
		String qualifier, String party, Long parentClaimId, String cue, String verification, boolean hedged,
		String reviewStatus, String sentence, int start, int end, String extractorName, String extractorVersion,
		ArticleRef article, SourceRef source, PlaceRef place, boolean periodTotal) {

	public record ArticleRef(Long id, String title, String url, String outlet, Instant publishedAt) {
	}

	public record SourceRef(Long id, String name, String kind) {
	}

	public record PlaceRef(Long id, String name, Double latitude, Double longitude, String precision,
			String countryCode) {
	}

	/** "11,000", "20–30", "at least 12", "up to 2 km", "unquantified". */
	public String figure() {
		return Figures.format(this.valueMin, this.valueMax, this.unit, this.qualifier);
	}

	public String kindLabel() {
		return this.kind.replace('_', ' ');
	}

	/** Where the figure sits on the article page. */
	public String permalink() {
		return "/articles/" + this.article.id() + "#claim-" + this.id;
	}

}
