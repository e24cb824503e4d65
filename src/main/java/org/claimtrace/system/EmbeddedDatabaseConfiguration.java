package org.claimtrace.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts a real PostgreSQL 17 when no external database is configured, so the app runs on
 * a machine with only a JDK. Its data persists under {@code ./data/postgres}; it stops
 * with the application context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path dir = properties.dataDirectory().toAbsolutePath().normalize();
		if (properties.ephemeral()) {
			FileSystemUtils.deleteRecursively(dir);
		}
		Files.createDirectories(dir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			// ephemeral (tests): the directory is deleted when the database stops
			.setCleanDataDirectory(properties.ephemeral())
			.setPort(properties.port())
			// stopped by the context (destroyMethod), after the pool and the workers:
			// with the library's own JVM hook it stopped first and a polling worker
			// waited 30 s for a connection
			.setRegisterShutdownHook(false)
			.start();
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dir);
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("claimtrace");
		return dataSource;
	}

}
