package org.claimtrace.claim;

import java.math.BigDecimal;

/**
 * An editor's values for a claim (edit form, add form, {@code PUT /api/v1/claims/{id}}).
 *
 * @param category CASUALTY, FORCE_SIZE, DISTANCE, OTHER_FIGURE
 * @param qualifier EXACT, APPROXIMATELY, AT_LEAST, MORE_THAN, AT_MOST, UP_TO, RANGE,
 * ESTIMATE, UNQUANTIFIED
 * @param verification UNVERIFIED, CONFIRMED, DISPUTED, NOT_STATED
 * @param sourceName the canonical name or an alias of the source; new names create a
 * source
 */
public record ClaimEdit(String category, String kind, BigDecimal valueMin, BigDecimal valueMax, String unit,
		String qualifier, String party, Long locationId, String sourceName, String cue, String verification,
		boolean hedged) {

}
