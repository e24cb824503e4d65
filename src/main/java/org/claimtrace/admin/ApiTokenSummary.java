package org.claimtrace.admin;

import java.time.Instant;

/** One row of the token list: never the secret, only its first characters. */
record ApiTokenSummary(Long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
		Instant revokedAt, Instant now) {

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	public boolean isExpired() {
		return this.expiresAt != null && !this.expiresAt.isAfter(this.now);
	}

	public boolean isActive() {
		return !isRevoked() && !isExpired();
	}

	/** Message key of the state. */
	public String state() {
		return isRevoked() ? "token.state.revoked" : isExpired() ? "token.state.expired" : "token.state.active";
	}

}
