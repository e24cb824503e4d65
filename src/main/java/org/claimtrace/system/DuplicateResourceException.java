package org.claimtrace.system;

/** The thing submitted is already stored; names where the existing one lives. */
public class DuplicateResourceException extends RuntimeException {

	private final String field;

	private final String existingPath;

	public DuplicateResourceException(String message, String field, String existingPath) {
		super(message);
		this.field = field;
		this.existingPath = existingPath;
	}

	/** The input field that collided. */
	public String field() {
		return this.field;
	}

	/** Path of the existing resource's public page. */
	public String existingPath() {
		return this.existingPath;
	}

}
