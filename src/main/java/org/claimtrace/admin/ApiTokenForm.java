package org.claimtrace.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Name and lifetime of a new API token. */
class ApiTokenForm {

	@NotBlank(message = "{token.name.required}")
	@Size(max = 100, message = "{token.name.size}")
	private String name;

	/** Days the token works; 0 means it does not expire. */
	@Min(value = 0, message = "{token.days.range}")
	@Max(value = 3650, message = "{token.days.range}")
	private int days = 90;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public int getDays() {
		return this.days;
	}

	public void setDays(int days) {
		this.days = days;
	}

}
