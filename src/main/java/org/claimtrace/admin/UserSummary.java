package org.claimtrace.admin;

import java.time.Instant;

record UserSummary(Long id, String username, String displayName, String role, boolean enabled, Instant createdAt) {

	static UserSummary of(UserAccount u) {
		return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole().name(), u.isEnabled(),
				u.getCreatedAt());
	}

}
