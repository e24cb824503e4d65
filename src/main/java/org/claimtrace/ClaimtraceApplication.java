package org.claimtrace;

import java.util.Arrays;
import java.util.Map;

import org.claimtrace.system.StartupGuard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ClaimtraceApplication {

	public static void main(String[] args) {
		StartupGuard.refuseEmbeddedDatabaseAsRoot(System.getenv(), args);
		if (isImportCommand(args)) {
			System.exit(SpringApplication.exit(importCommand(args)));
		}
		SpringApplication.run(ClaimtraceApplication.class, args);
	}

	/**
	 * {@code --claimtrace.import.file=...}: import one file and exit, without the web
	 * server and the background workers (the extraction jobs wait for the server).
	 */
	public static boolean isImportCommand(String[] args) {
		return Arrays.stream(args).anyMatch((arg) -> arg.startsWith("--claimtrace.import.file="));
	}

	public static ConfigurableApplicationContext importCommand(String[] args) {
		SpringApplication application = new SpringApplication(ClaimtraceApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("claimtrace.import.worker", "false", "claimtrace.extraction.worker",
				"false", "claimtrace.extraction.warm-up", "false", "claimtrace.gazetteer.load-on-start", "false",
				"spring.main.banner-mode", "off"));
		return application.run(args);
	}

}
