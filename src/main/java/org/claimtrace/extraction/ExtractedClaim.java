package org.claimtrace.extraction;

import java.math.BigDecimal;

/**
 * One figure (or unquantified casualty/force claim).
 *
 * @param category casualty, force_size, distance, other_figure
 * @param kind killed, wounded, killed_or_wounded, captured, missing, deployed,
 * front_line_distance, distance, other_figure (lower-case names)
 * @param valueMin null when unquantified
 * @param valueMax equal to valueMin for a single number; null when unquantified
 * @param unit "km" etc, or null
 * @param qualifier exact, approximately, at_least, more_than, at_most, up_to, range,
 * estimate, unquantified
 * @param party whom the figure concerns ("North Koreans", "civilians"), or null
 * @param parentIndex index into {@link ExtractionResult#claims()} of the figure this one
 * is a subset of
 * @param placeIndex index into {@link ExtractionResult#places()} of the figure's place,
 * or null
 * @param attributionIndex index into {@link ExtractionResult#attributions()} whose
 * content covers the figure, or null when the outlet states it in its own voice
 * @param sourceName canonical source name (the outlet itself when stated in its own
 * voice: null here, filled by the caller who knows the outlet)
 * @param sourceKind government, military, intelligence, official_person, person,
 * ngo_think_tank, media, unnamed_officials, outlet, other
 * @param cue the reporting cue ("said", "estimated", "according to"), or null
 * @param verification unverified, confirmed, disputed, not_stated
 * @param hedged true when hedged ("purportedly", "supposedly", "allegedly", "claimed")
 * @param sentence the sentence holding the figure
 * @param start offset of the figure's text (the number, or the phrase for unquantified
 * claims)
 * @param end end offset (exclusive)
 * @param periodTotal a total over a stated period ("1,024 civilians have been killed
 * since February", "this year", "so far", "in 2022"), not the count of the event the
 * article reports
 */
public record ExtractedClaim(String category, String kind, BigDecimal valueMin, BigDecimal valueMax, String unit,
		String qualifier, String party, Integer parentIndex, Integer placeIndex, Integer attributionIndex,
		String sourceName, String sourceKind, String cue, String verification, boolean hedged, TextSpan sentence,
		int start, int end, boolean periodTotal) {
}
