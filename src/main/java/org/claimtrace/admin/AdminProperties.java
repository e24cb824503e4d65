package org.claimtrace.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, created on first start when no user exists (CLAIMTRACE_ADMIN_USERNAME
 * / CLAIMTRACE_ADMIN_PASSWORD). Without a password one is generated and logged once.
 */
@ConfigurationProperties("claimtrace.admin")
record AdminProperties(@DefaultValue("admin") String username, String password) {
}
