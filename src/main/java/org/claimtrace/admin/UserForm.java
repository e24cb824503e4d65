package org.claimtrace.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** New editor or admin account. */
class UserForm {

	@NotBlank(message = "{user.username.required}")
	@Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{user.username.invalid}")
	private String username;

	@Size(max = 120)
	private String displayName;

	@NotBlank(message = "{user.password.required}")
	@Size(min = 12, max = 128, message = "{user.password.size}")
	private String password;

	@NotNull
	private UserAccount.Role role = UserAccount.Role.EDITOR;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public UserAccount.Role getRole() {
		return this.role;
	}

	public void setRole(UserAccount.Role role) {
		this.role = role;
	}

}
