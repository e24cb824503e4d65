package org.claimtrace.claim;

import java.time.Instant;

/** Totals over the claims a filter selects (public claims only). */
public record ClaimStats(long claims, long unverified, long hedged, Instant firstSeen, Instant lastSeen) {

	/** Percentage of claims marked unverified, 0 when there are none. */
	public int unverifiedPercent() {
		return (this.claims == 0) ? 0 : (int) Math.round(100.0 * this.unverified / this.claims);
	}

	public int hedgedPercent() {
		return (this.claims == 0) ? 0 : (int) Math.round(100.0 * this.hedged / this.claims);
	}

}
