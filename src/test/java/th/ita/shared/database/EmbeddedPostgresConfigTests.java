package th.ita.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The zero-setup database as `./mvnw spring-boot:run` starts it: durable, Thai-aware. */
class EmbeddedPostgresConfigTests {

	@TempDir
	Path dir;

	@Test
	void realDataIsDurableSortsThaiAndSurvivesARestart() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.dir.resolve("pg").toString(), 0,
				true, "ita", 2);
		EmbeddedPostgresConfig config = new EmbeddedPostgresConfig();
		try (DataDirectoryLock lock = config.embeddedDataDirectoryLock(properties);
				EmbeddedPostgres pg = config.embeddedPostgres(properties, lock)) {
			JdbcClient jdbc = JdbcClient.create(config.dataSource(pg, properties));
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			List<String> sorted = jdbc.sql(
					"select w from unnest(array['แม่','คน','เขา','ข้าว','ไก่','กา']) w order by w collate \"th-TH-x-icu\"")
				.query(String.class)
				.list();
			assertThat(sorted).containsExactly("กา", "ไก่", "ข้าว", "เขา", "คน", "แม่");
			jdbc.sql("create table kept (v text)").update();
			jdbc.sql("insert into kept values ('ผู้อำนวยการ')").update();
			((com.zaxxer.hikari.HikariDataSource) config.dataSource(pg, properties)).close();
		}
		EmbeddedPostgresConfig again = new EmbeddedPostgresConfig();
		try (DataDirectoryLock lock = again.embeddedDataDirectoryLock(properties);
				EmbeddedPostgres pg = again.embeddedPostgres(properties, lock)) {
			JdbcClient jdbc = JdbcClient.create(again.dataSource(pg, properties));
			assertThat(jdbc.sql("select v from kept").query(String.class).single()).isEqualTo("ผู้อำนวยการ");
		}
	}

	@Test
	void refusesADataDirectoryALiveApplicationHolds() throws Exception {
		Path data = Files.createDirectories(this.dir.resolve("busy"));
		try (DataDirectoryLock held = DataDirectoryLock.acquire(data)) {
			assertThatThrownBy(() -> DataDirectoryLock.acquire(data)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("in use by another running ITA Online");
		}
		DataDirectoryLock.acquire(data).close();
	}

	@Test
	void stopsAPostgresOrphanedByAKilledApplication() throws Exception {
		Path data = Files.createDirectories(this.dir.resolve("orphan"));
		// A PostgreSQL left on the directory with no application holding its lock.
		EmbeddedPostgres orphan = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
		try (DataDirectoryLock lock = DataDirectoryLock.acquire(data)) {
			new StalePostmaster(data).stopIfRunning();
		}
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
		try {
			orphan.close();
		}
		catch (Exception alreadyStopped) {
			// expected: it was stopped underneath
		}
	}

}
