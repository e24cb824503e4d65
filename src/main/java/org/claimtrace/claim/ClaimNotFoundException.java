package org.claimtrace.claim;

import org.claimtrace.system.NotFoundException;

public class ClaimNotFoundException extends NotFoundException {

	ClaimNotFoundException(String message) {
		super(message);
	}

	static ClaimNotFoundException forId(Long id) {
		return new ClaimNotFoundException("No claim with id " + id);
	}

	static ClaimNotFoundException forArticle(Long id) {
		return new ClaimNotFoundException("No article with id " + id);
	}

}
