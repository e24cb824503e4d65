package org.claimtrace;

import org.claimtrace.system.StartupGuard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ClaimtraceApplication {

	public static void main(String[] args) {
		StartupGuard.refuseEmbeddedDatabaseAsRoot(System.getenv(), args);
		SpringApplication.run(ClaimtraceApplication.class, args);
	}

}
