package th.ita.shared.database;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dir data directory; blank means a temporary directory removed on shutdown
 * (tests)
 * @param port fixed port, or 0 for any free port
 * @param durable fsync and synchronous_commit on (real data) or off (throw-away test
 * data)
 * @param database the database the application uses
 * @param poolSize connection pool size
 */
@ConfigurationProperties("ita.embedded-db")
record EmbeddedDatabaseProperties(@Nullable String dir, @DefaultValue("0") int port,
		@DefaultValue("true") boolean durable, @DefaultValue("ita") String database, @DefaultValue("10") int poolSize) {
}
