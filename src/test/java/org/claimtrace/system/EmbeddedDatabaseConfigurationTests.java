package org.claimtrace.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedDatabaseConfiguration.class);

	@Test
	void withAnExternalDatabaseUrlNothingIsStarted() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/claimtrace")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
	}

	@Test
	void withoutOneARealPostgresStartsAndKeepsItsDataDirectory() {
		this.runner
			.withPropertyValues(
					"claimtrace.embedded-db.data-directory=target/test-postgres/condition-" + System.nanoTime())
			.run((context) -> {
				assertThat(context).hasSingleBean(EmbeddedPostgres.class);
				EmbeddedPostgres postgres = context.getBean(EmbeddedPostgres.class);
				try (var connection = postgres.getPostgresDatabase().getConnection();
						var result = connection.createStatement().executeQuery("show data_directory")) {
					result.next();
					assertThat(result.getString(1)).contains("target/test-postgres/condition-");
				}
			});
	}

}
