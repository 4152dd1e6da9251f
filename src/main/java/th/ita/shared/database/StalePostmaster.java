package th.ita.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the JVM, the embedded PostgreSQL keeps running as an orphan
 * and holds the data directory. Called while holding the {@link DataDirectoryLock}, so a
 * PostgreSQL still running here belongs to no live application: stop it cleanly.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private final Path dataDir;

	StalePostmaster(Path dataDir) {
		this.dataDir = dataDir;
	}

	void stopIfRunning() throws IOException {
		Optional<ProcessHandle> postmaster = runningPostmaster();
		if (postmaster.isEmpty()) {
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", process.pid());
		// SIGTERM is PostgreSQL's "smart" shutdown: it finishes cleanly once no client is
		// connected, and the orphan's clients died with the old JVM.
		process.destroy();
		try {
			process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("Orphaned PostgreSQL did not stop in {}; killing it (WAL recovery will run)", SHUTDOWN_WAIT);
			process.destroyForcibly();
			process.onExit().join();
		}
	}

	private Optional<ProcessHandle> runningPostmaster() throws IOException {
		Path pidFile = this.dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
	}

}
