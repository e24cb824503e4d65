package org.claimtrace.claim;

import org.claimtrace.system.NotFoundException;

/** No public claim with this id (unknown, rejected, or its article is not published). */
public class ClaimNotFoundException extends NotFoundException {

	private ClaimNotFoundException(String message) {
		super(message);
	}

	public static ClaimNotFoundException forId(Long id) {
		return new ClaimNotFoundException("No published claim with id " + id + ".");
	}

}
