package org.claimtrace.admin;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the first admin so a fresh install can be signed into. */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAccountService users;

	private final AdminProperties properties;

	AdminBootstrap(UserAccountService users, AdminProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.users.noUsers()) {
			return;
		}
		String password = this.properties.password();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		}
		this.users.create(this.properties.username(), password, "Administrator", UserAccount.Role.ADMIN, "system");
		if (generated) {
			log.warn(
					"Created admin user '{}' with generated password: {}  (shown once; set CLAIMTRACE_ADMIN_PASSWORD to choose it)",
					this.properties.username(), password);
		}
		else {
			log.info("Created admin user '{}' from CLAIMTRACE_ADMIN_USERNAME/CLAIMTRACE_ADMIN_PASSWORD",
					this.properties.username());
		}
	}

}
