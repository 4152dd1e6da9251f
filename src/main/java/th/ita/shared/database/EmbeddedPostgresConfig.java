package th.ita.shared.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Zero-setup default: when no external database URL is configured ({@code ITA_DB_URL}),
 * start a real PostgreSQL shipped as a Maven dependency, with its data kept in
 * {@code ./data/pg}. Boot's own DataSource auto-configuration backs off because this
 * config provides the bean.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

	@Bean(destroyMethod = "close")
	DataDirectoryLock embeddedDataDirectoryLock(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDir = dataDirectory(properties);
		Files.createDirectories(dataDir);
		DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
		new StalePostmaster(dataDir).stopIfRunning();
		return lock;
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, DataDirectoryLock lock)
			throws IOException {
		boolean temporary = isTemporary(properties);
		File dataDir = lock.dataDir().toFile();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(temporary)
			// Spring stops it (destroyMethod) after everything that uses the database;
			// zonky's
			// own JVM hook would stop it first and leave shutdown waiting for
			// connections.
			.setRegisterShutdownHook(false)
			// Binaries extracted per OS user: a root run must not leave a directory a
			// normal
			// user cannot lock.
			.setOverrideWorkingDirectory(binariesDirectory())
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "UTC");
		// zonky starts PostgreSQL with fsync off: that is only acceptable for throw-away
		// data.
		String durable = properties.durable() ? "on" : "off";
		builder.setServerConfig("fsync", durable).setServerConfig("synchronous_commit", durable);
		if (!properties.durable()) {
			builder.setServerConfig("full_page_writes", "off");
		}
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL on port {} with data in {} (fsync {})", postgres.getPort(), dataDir, durable);
		createDatabase(postgres, properties.database());
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(properties.poolSize());
		dataSource.setPoolName("ita-embedded");
		return dataSource;
	}

	private static boolean isTemporary(EmbeddedDatabaseProperties properties) {
		return properties.dir() == null || properties.dir().isBlank();
	}

	private static Path dataDirectory(EmbeddedDatabaseProperties properties) throws IOException {
		if (isTemporary(properties)) {
			return Files.createTempDirectory("ita-pg-").resolve("pg");
		}
		return Path.of(properties.dir()).toAbsolutePath().normalize();
	}

	private static File binariesDirectory() {
		String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
		return new File(System.getProperty("java.io.tmpdir"), "ita-embedded-pg-" + user);
	}

	private static void createDatabase(EmbeddedPostgres postgres, String database) {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (var rs = exists.executeQuery()) {
				if (!rs.next()) {
					try (var create = connection.createStatement()) {
						// ICU locale so Thai sorts in dictionary order by default.
						create.execute("create database \"" + database.replace("\"", "")
								+ "\" encoding 'UTF8' locale_provider icu icu_locale 'th-TH' template template0");
					}
				}
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
	}

}
