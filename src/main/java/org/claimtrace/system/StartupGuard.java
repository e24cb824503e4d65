package org.claimtrace.system;

import java.util.Arrays;
import java.util.Map;

/**
 * PostgreSQL's initdb refuses to run as root, and the embedded database would fail deep
 * inside a stack trace. Checked before Spring starts so the operator reads one clear line
 * instead.
 */
public final class StartupGuard {

	private StartupGuard() {
	}

	public static void refuseEmbeddedDatabaseAsRoot(Map<String, String> env, String[] args) {
		boolean externalDatabase = env.containsKey("SPRING_DATASOURCE_URL")
				|| System.getProperty("spring.datasource.url") != null
				|| Arrays.stream(args).anyMatch((arg) -> arg.startsWith("--spring.datasource.url="));
		if (!externalDatabase && isRoot()) {
			System.err
				.println("Claimtrace cannot start its embedded PostgreSQL as root (PostgreSQL refuses to run as root): "
						+ "run it as a normal user, or set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME/PASSWORD) "
						+ "to an existing PostgreSQL server.");
			System.exit(2);
		}
	}

	static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

}
