package org.claimtrace.system;

import java.util.Optional;

/**
 * Turns the secret of a {@code Authorization: Bearer ct_...} header into the account it
 * belongs to. Implemented where accounts live (the admin module), so that security does
 * not depend on it.
 */
public interface ApiTokenAuthenticator {

	/** The token's owner, when the secret is known, not revoked and not expired. */
	Optional<TokenOwner> authenticate(String secret);

	/**
	 * @param username who acts with the token
	 * @param role ADMIN or EDITOR
	 */
	record TokenOwner(String username, String role) {
	}

}
