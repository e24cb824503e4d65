package org.claimtrace.admin;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.claimtrace.system.AuditTrail;
import org.claimtrace.system.DuplicateResourceException;
import org.claimtrace.system.NotFoundException;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editor and admin accounts; also what Spring Security signs people in against. */
@Service
class UserAccountService implements UserDetailsService {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final Clock clock;

	UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			.disabled(!account.isEnabled())
			.build();
	}

	@Transactional(readOnly = true)
	boolean noUsers() {
		return this.users.count() == 0;
	}

	@Transactional(readOnly = true)
	List<UserSummary> list() {
		return this.users.findAllByOrderByUsernameAsc().stream().map(UserSummary::of).toList();
	}

	@Transactional
	UserSummary create(String username, String rawPassword, String displayName, UserAccount.Role role, String actor) {
		String name = username.strip();
		this.users.findByUsernameIgnoreCase(name).ifPresent((existing) -> {
			throw new DuplicateResourceException("The username " + name + " is taken", "username", "/admin/users");
		});
		UserAccount account = this.users.save(new UserAccount(name, this.passwordEncoder.encode(rawPassword),
				(displayName == null || displayName.isBlank()) ? null : displayName.strip(), role,
				this.clock.instant()));
		this.audit.record(actor, "user.created", "user", account.getId(), null, null,
				Map.of("username", name, "role", role.name()));
		return UserSummary.of(account);
	}

	@Transactional
	void setEnabled(Long id, boolean enabled, String actor) {
		UserAccount account = load(id);
		if (!enabled && account.getUsername().equalsIgnoreCase(actor)) {
			throw new IllegalArgumentException("You cannot disable your own account");
		}
		account.setEnabled(enabled, this.clock.instant());
		this.audit.record(actor, enabled ? "user.enabled" : "user.disabled", "user", id, null, null,
				Map.of("username", account.getUsername()));
	}

	@Transactional
	void resetPassword(Long id, String rawPassword, String actor) {
		UserAccount account = load(id);
		account.changePassword(this.passwordEncoder.encode(rawPassword), this.clock.instant());
		this.audit.record(actor, "user.password_reset", "user", id, null, null,
				Map.of("username", account.getUsername()));
	}

	private UserAccount load(Long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("No user with id " + id));
	}

}
