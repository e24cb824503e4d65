package org.claimtrace.claim;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A claim as editors review it: values, who said it, where, its sentence with the figure
 * marked, and its review state.
 */
public record ClaimReviewRow(Long id, Long articleId, String articleTitle, String category, String kind,
		BigDecimal valueMin, BigDecimal valueMax, String unit, String qualifier, String party, Long locationId,
		String placeName, String placeCountry, String placePrecision, Long sourceId, String sourceName, String cue,
		String verification, boolean hedged, String sentence, int sentenceStart, int start, int end, String origin,
		String reviewStatus, String reviewedBy, OffsetDateTime reviewedAt, String reviewNote, Long mergedIntoId,
		long version) {

	/** The sentence before the figure. */
	public String before() {
		return this.sentence.substring(0, clamp(this.start - this.sentenceStart));
	}

	/** The figure's words as the article has them. */
	public String marked() {
		return this.sentence.substring(clamp(this.start - this.sentenceStart), clamp(this.end - this.sentenceStart));
	}

	public String after() {
		return this.sentence.substring(clamp(this.end - this.sentenceStart));
	}

	private int clamp(int offset) {
		return Math.max(0, Math.min(offset, this.sentence.length()));
	}

	/** "11,000", "20–30", "at least 12", "unquantified". */
	public String figure() {
		return Figures.format(this.valueMin, this.valueMax, this.unit, this.qualifier);
	}

	public String kindLabel() {
		return this.kind.replace('_', ' ');
	}

	public boolean rejected() {
		return "REJECTED".equals(this.reviewStatus);
	}

	public boolean merged() {
		return this.mergedIntoId != null;
	}

}
