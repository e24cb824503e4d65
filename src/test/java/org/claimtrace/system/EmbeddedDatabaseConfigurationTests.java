package org.claimtrace.system;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.FileSystemUtils;

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
	void withoutOneARealPostgresStartsAndKeepsItsDataDirectory() throws Exception {
		Path dir = Path.of("target/test-postgres/condition-" + System.nanoTime());
		this.runner.withPropertyValues("claimtrace.embedded-db.data-directory=" + dir).run((context) -> {
			assertThat(context).hasSingleBean(EmbeddedPostgres.class);
			EmbeddedPostgres postgres = context.getBean(EmbeddedPostgres.class);
			try (var connection = postgres.getPostgresDatabase().getConnection();
					var result = connection.createStatement().executeQuery("show data_directory")) {
				result.next();
				assertThat(result.getString(1)).contains("target/test-postgres/condition-");
			}
		});
		assertThat(dir.resolve("PG_VERSION")).as("the data outlives the app").exists();
		FileSystemUtils.deleteRecursively(dir);
	}

	@Test
	void anEphemeralDatabaseDeletesItsDataDirectoryWhenItStops() {
		Path dir = Path.of("target/test-postgres/ephemeral-" + System.nanoTime());
		this.runner
			.withPropertyValues("claimtrace.embedded-db.data-directory=" + dir, "claimtrace.embedded-db.ephemeral=true")
			.run((context) -> assertThat(dir.resolve("PG_VERSION")).exists());
		assertThat(dir).as("test databases leave nothing behind in target/").doesNotExist();
	}

}
