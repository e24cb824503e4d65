package org.claimtrace.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no SPRING_DATASOURCE_URL is given.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port 0 picks a free port
 * @param ephemeral wipe the data directory on start and delete it on stop (tests)
 */
@ConfigurationProperties("claimtrace.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
		@DefaultValue("0") int port, @DefaultValue("false") boolean ephemeral) {
}
