package org.claimtrace.system;

/** Someone else saved the same record since the editor loaded it. */
public class EditConflictException extends RuntimeException {

	private final String entity;

	private final Long id;

	public EditConflictException(String entity, Long id) {
		super("This " + entity + " was changed by someone else while you were editing it");
		this.entity = entity;
		this.id = id;
	}

	public String entity() {
		return this.entity;
	}

	public Long id() {
		return this.id;
	}

}
