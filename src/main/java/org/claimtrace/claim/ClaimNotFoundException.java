package org.claimtrace.claim;

import org.claimtrace.system.NotFoundException;

/**
 * No claim with this id (for public reads also: rejected, or its article is not
 * published).
 */
public class ClaimNotFoundException extends NotFoundException {

	private ClaimNotFoundException(String message) {
		super(message);
	}

	public static ClaimNotFoundException forId(Long id) {
		return new ClaimNotFoundException("No claim with id " + id + ".");
	}

	static ClaimNotFoundException forArticle(Long id) {
		return new ClaimNotFoundException("No article with id " + id + ".");
	}

}
