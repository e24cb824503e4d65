package org.claimtrace.claim;

/** A canonical source with the number of its public claims. */
public record SourceClaimCount(Long id, String name, String kind, long claims) {

	public String kindLabel() {
		return this.kind.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
	}

}
