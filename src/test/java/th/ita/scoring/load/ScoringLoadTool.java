package th.ita.scoring.load;

import th.ita.shared.load.HeapPeaks;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import th.ita.ItaApplication;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.scoring.snapshot.Recomputer;
import th.ita.scoring.snapshot.Snapshots;
import th.ita.survey.responses.AnswerCountsRebuild;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scoring at national scale (a benchmark, not a test; surefire does not pick it up). It
 * starts one embedded PostgreSQL, starts the application in this JVM on it (no demo
 * data), bulk-loads a seeded synthetic round ({@link SyntheticRound}: {@value #AGENCIES}
 * agencies, {@value #RESPONSES} IIT and EIT responses, one OIT verdict per OIT item and
 * agency) and prints: the full recompute of the round (twice: first from nothing, then
 * again with nothing changed), the results API p95 at {@value #CLIENTS} concurrent
 * clients, the ranking page and ranking API server time, and the heap peak of this JVM.
 * <p>
 * Run: {@code ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec
 * -Dexec.executable=java -Dexec.classpathScope=test -Dexec.args="-Xmx1g -cp %classpath
 * th.ita.scoring.load.ScoringLoadTool"} (system properties {@code load.agencies},
 * {@code load.responses}, {@code load.requests} change the size).
 */
public final class ScoringLoadTool {

	static final int AGENCIES = 30_000;

	static final int RESPONSES = 3_000_000;

	static final int CLIENTS = 64;

	static final int YEAR = 2629;

	/** The administrator's password this tool configures (its database is its own). */
	private static final String ADMIN_PASSWORD = "bench-admin-password";

	private ScoringLoadTool() {
	}

	public static void main(String[] args) throws Exception {
		int agencies = Integer.getInteger("load.agencies", AGENCIES);
		int responses = Integer.getInteger("load.responses", RESPONSES);
		int requests = Integer.getInteger("load.requests", 20_000);
		// load.keep=DIR keeps the database there: a later run on the same DIR skips the
		// generation (and drops the round's snapshots, so the recompute starts from
		// nothing)
		String keep = System.getProperty("load.keep");
		File dir = (keep != null) ? new File(keep) : Files.createTempDirectory("ita-scoring-pg").toFile();
		boolean reuse = keep != null && new File(dir, "PG_VERSION").exists();
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(keep == null)
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("work_mem", "64MB")
			.setServerConfig("maintenance_work_mem", "256MB")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("timezone", "UTC")
			// -Dload.pgLogMs=N logs the statements that take N ms or more in DIR/log
			.setServerConfig("log_min_duration_statement", System.getProperty("load.pgLogMs", "-1"))
			.setServerConfig("logging_collector", (System.getProperty("load.pgLogMs") != null) ? "on" : "off")
			.start();
		String url = postgres.getJdbcUrl("postgres", "postgres");
		if (reuse) {
			// before the application starts, so none of its caches has seen the rows (a
			// kept database's newest published round is warmed up at start)
			try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
					java.sql.Statement statement = connection.createStatement()) {
				statement.execute("delete from scoring_snapshot where fiscal_year = " + YEAR);
				statement.execute("delete from scoring_published_answer where fiscal_year = " + YEAR);
				statement
					.execute("delete from scoring_publication where fiscal_year in (" + YEAR + ", " + (YEAR + 1) + ")");
				// the table as a fresh generation leaves it (earlier runs' rows take no
				// room)
				statement.execute("vacuum scoring_snapshot");
			}
			catch (java.sql.SQLException ex) {
				// an earlier run that stopped before its schema was there: generated
				// below
			}
		}
		ConfigurableApplicationContext context = null;
		try {
			// system properties: they win over application.properties (default properties
			// would not)
			Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
					"spring.datasource.hikari.maximum-pool-size", "40", "ita.demo", "false", "server.port", "0",
					"server.tomcat.threads.max", "200", "logging.level.root", "WARN",
					"logging.level.th.ita.scoring.snapshot.Recomputer", "INFO",
					"logging.level.th.ita.scoring.results.ResultBytes", "INFO", "ita.admin-password", ADMIN_PASSWORD)
				.forEach(System::setProperty);
			SpringApplication application = new SpringApplication(ItaApplication.class);
			context = application.run();
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			FrameworkCatalog catalog = context.getBean(FrameworkCatalog.class);
			FrameworkDefinition framework = catalog.definition(catalog.all().get(0).ref()).orElseThrow();
			System.out.println("Database: " + context.getBean(JdbcClient.class)
				.sql("select current_database() || ' ' || current_setting('port') || ' ' || count(*) from pg_tables"
						+ " where tablename like 'assessment%'")
				.query(String.class)
				.single() + " / " + url);
			long t0 = System.nanoTime();
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			if (reuse && count(jdbc, "survey_response") > 0) {
				System.out.printf("Reused the generated round in %s: %d responses, its snapshots dropped%n", dir,
						count(jdbc, "survey_response"));
			}
			else {
				new SyntheticRound(url, YEAR, agencies, responses, framework).load();
				System.out.printf("Generated %d agencies, %d responses, %d OIT verdicts (%s v%d) in %.0f s%n", agencies,
						count(jdbc, "survey_response"), count(jdbc, "oit_review"), framework.code(),
						framework.version(), seconds(t0));
				t0 = System.nanoTime();
				context.getBean(AnswerCountsRebuild.class).rebuild(YEAR);
				jdbc.sql("analyze survey_answer_count").update();
				System.out.printf("Answer counts of the round rebuilt from the responses in %.1f s%n", seconds(t0));
				// the bulk-loaded tables settled before anything is timed (autovacuum
				// would
				// otherwise work through them during the recompute)
				t0 = System.nanoTime();
				jdbc.sql("vacuum (analyze) survey_response, survey_answer_count, oit_evidence_item, oit_review")
					.update();
				System.out.printf("Loaded tables vacuumed and analyzed in %.1f s%n", seconds(t0));
			}

			// an experiment's SQL, e.g. another storage for a column (-Dload.sql=...)
			if (System.getProperty("load.sql") != null) {
				jdbc.sql(System.getProperty("load.sql")).update();
			}
			Recomputer recomputer = context.getBean(Recomputer.class);
			CpuTimes cpu = new CpuTimes(dir.getPath());
			phaseCpu = cpu;
			// first in this freshly started JVM (its JIT compiles the scoring path as it
			// goes), then again from nothing in the now warm JVM (the round's snapshots
			// dropped): a server that has been running for a while recomputes as the
			// second
			int computed = 0;
			double cold = 0;
			double warm = 0;
			int singles = Integer.getInteger("load.singles", 0);
			if (singles > 0) {
				t0 = System.nanoTime();
				for (int i = 0; i < singles; i++) {
					recomputer.recompute(YEAR, SyntheticRound.code(i * (agencies / singles)));
				}
				jdbc.sql("delete from scoring_snapshot where fiscal_year = " + YEAR).update();
				System.out.printf("%d single-agency recomputes in %.1f s%n", singles, seconds(t0));
			}
			// -Dload.singles=N: the first recompute comes after N single-agency
			// recomputes
			// in this JVM (as responses arriving during collection trigger them)
			String first = (singles > 0) ? "cold JVM after " + singles + " single-agency recomputes" : "cold JVM";
			for (String jvm : List.of(first, "warm JVM")) {
				if (jvm.startsWith("warm")) {
					jdbc.sql("delete from scoring_snapshot where fiscal_year = " + YEAR).update();
				}
				System.gc();
				HeapPeaks.reset();
				double jvm0 = CpuTimes.jvm();
				Map<String, Double> threads0 = th.ita.shared.load.ThreadCpu.now();
				double pg0 = cpu.postgres();
				t0 = System.nanoTime();
				computed = recomputer.recomputeRound(YEAR);
				double seconds = seconds(t0);
				System.out.printf(
						"Full recompute from nothing (%s): %.1f s; CPU: this JVM %.1f s (%s), PostgreSQL %.1f s"
								+ " (load average %s)%n",
						jvm, seconds, CpuTimes.jvm() - jvm0, th.ita.shared.load.ThreadCpu.since(threads0),
						cpu.postgres() - pg0, Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
				if (jvm.startsWith("cold")) {
					cold = seconds;
				}
				else {
					warm = seconds;
				}
			}
			double jvm0 = CpuTimes.jvm();
			double pg0 = cpu.postgres();
			t0 = System.nanoTime();
			recomputer.recomputeRound(YEAR);
			double unchanged = seconds(t0);
			System.out.printf("Again with nothing changed: %.1f s; CPU: this JVM %.1f s, PostgreSQL %.1f s%n",
					unchanged, CpuTimes.jvm() - jvm0, cpu.postgres() - pg0);
			System.out.printf(
					"Full recompute of %d agencies: %.1f s in a warm JVM (target <= 10 s: %s), %.1f s in a %s;"
							+ " again with nothing changed: %.1f s%n",
					computed, warm, ok(warm <= 10), cold, first, unchanged);
			int timing = Integer.getInteger("load.buildTiming", 0);
			if (timing > 0) {
				List<String> codes = new java.util.ArrayList<>();
				for (int i = 0; i < 3 * timing; i++) {
					codes.add(SyntheticRound.code(i * (agencies / (3 * timing))));
				}
				th.ita.scoring.results.BuildTiming.print(context, YEAR, codes);
			}
			if (!Boolean.getBoolean("load.recomputeOnly")) {
				reads(context, port, agencies, requests, computed);
				context = restart(context, agencies, requests);
			}
			System.out.printf("heap peak: %d MB of max %d MB (server and clients in one JVM)%n",
					HeapPeaks.bytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
		}
		finally {
			if (context != null) {
				context.close();
			}
			postgres.close();
		}
		System.exit(0);
	}

	/**
	 * Times the results API: first the central team's reads before the publication
	 * (signed in; each answer built at its first request: this also warms up this new
	 * JVM's HTTP path, as a server that has been answering all year has), then the round
	 * published as an admin does (a recompute, then every answer built before the
	 * publication commits), the public's reads right after it, once every answer is kept,
	 * and after every kept answer was dropped (as on a restart); then the ranking pages.
	 */
	private static void reads(ConfigurableApplicationContext context, int port, int agencies, int requests,
			int computed) throws Exception {
		String base = "http://localhost:" + port;
		io.micrometer.core.instrument.MeterRegistry meters = context
			.getBean(io.micrometer.core.instrument.MeterRegistry.class);
		java.util.function.LongSupplier kept = () -> (long) meters.get("ita.scoring.results.cached").gauge().value();
		try (ResultsLoad load = new ResultsLoad(base, CLIENTS)) {
			startPhase();
			long[] central = load.drive(ResultsLoad.paths(YEAR, agencies, requests, YEAR - 1), adminToken(base));
			report("before the publication, signed in as the central team, read at their first request", central, load);
			cpu(central.length);
			int first = Math.min(central.length, 5_000);
			report("before the publication, its first " + first + " (this JVM's HTTP path still compiling)",
					Arrays.copyOfRange(central, 0, first), load);
			report("before the publication, after the first " + first,
					Arrays.copyOfRange(central, first, central.length), load);
		}
		long t0 = System.nanoTime();
		context.getBean(th.ita.scoring.results.Publication.class).publishNow(YEAR, "bench");
		System.out.printf("Publication (recompute, nothing changed; every answer built and stored before the commit):"
				+ " %.1f s," + " %d answers kept%n", seconds(t0), kept.getAsLong());

		try (ResultsLoad load = new ResultsLoad(base, CLIENTS)) {
			startPhase();
			long[] fresh = load.drive(ResultsLoad.paths(YEAR, agencies, requests, YEAR));
			report("right after the publication", fresh, load);
			cpu(fresh.length);
			int first = Math.min(fresh.length, 5_000);
			report("right after the publication, its first " + first, Arrays.copyOfRange(fresh, 0, first), load);
			report("right after the publication, after the first " + first,
					Arrays.copyOfRange(fresh, first, fresh.length), load);
			startPhase();
			long[] warm = load.drive(ResultsLoad.paths(YEAR, agencies, requests, YEAR + 1));
			report("warm: every answer kept", warm, load);
			cpu(warm.length);
			System.out.printf("Results API answer: %d bytes GZIP on average%n", load.bytes.get() / requests);
			// another round's publication drops every kept answer, as a restart does; the
			// answers stored with this round's publication stay (they survive a restart)
			context.getBean(Snapshots.class).publish(YEAR + 1, "bench", Instant.now());
			startPhase();
			long[] cold = load.drive(ResultsLoad.paths(YEAR, agencies, requests, YEAR + 2));
			report("after every kept answer was dropped (as by a restart): the stored ones read at their first request,"
					+ " warm-up running", cold, load);
			cpu(cold.length);
			double waited = ResultsLoad.awaitWarm(kept, computed, 600);
			System.out.printf("Background warm-up: %d answers kept (%d MB GZIP) %.1f s after that phase%n",
					kept.getAsLong(), (long) meters.get("ita.scoring.results.cached.bytes").gauge().value() >> 20,
					waited);
		}
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		for (String path : List.of("/results/" + YEAR, "/results/" + YEAR + "?region=NORTHEAST&sort=NAME&page=3",
				"/results/" + YEAR + "?q="
						+ java.net.URLEncoder.encode("ทดสอบที่ 123", java.nio.charset.StandardCharsets.UTF_8),
				"/api/v1/rounds/" + YEAR + "/results?size=50")) {
			long[] times = sequential(client, base + path, 5, 20);
			System.out.printf("%s: median %.0f ms, max %.0f ms (ranking page target <= 300 ms: %s)%n", path,
					ms(times, 50), ms(times, 100), ok(ms(times, 50) <= 300));
		}
	}

	/**
	 * Closes the application and starts it again on the same database (in this JVM, whose
	 * JIT has compiled the server's paths already: a new process would start colder),
	 * then times how long until its readiness probe says ready (the newest published
	 * round's answers read from the stored ones) and the public's reads from then on.
	 */
	private static ConfigurableApplicationContext restart(ConfigurableApplicationContext context, int agencies,
			int requests) throws Exception {
		// the newest published round is the benchmark's again (phase 5 published the
		// next)
		context.getBean(JdbcClient.class)
			.sql("delete from scoring_publication where fiscal_year = " + (YEAR + 1))
			.update();
		context.close();
		long t0 = System.nanoTime();
		ConfigurableApplicationContext restarted = new SpringApplication(ItaApplication.class).run();
		double started = seconds(t0);
		String base = "http://localhost:" + ((WebServerApplicationContext) restarted).getWebServer().getPort();
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build();
		while (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
			Thread.sleep(20);
		}
		double ready = seconds(t0);
		io.micrometer.core.instrument.MeterRegistry meters = restarted
			.getBean(io.micrometer.core.instrument.MeterRegistry.class);
		System.out.printf(
				"Restart: the application started in %.1f s and was ready %.1f s after its start, %d answers kept%n",
				started, ready, (long) meters.get("ita.scoring.results.cached").gauge().value());
		try (ResultsLoad load = new ResultsLoad(base, CLIENTS)) {
			long[] times = load.drive(ResultsLoad.paths(YEAR, agencies, requests, YEAR + 3));
			report("after a restart, from the readiness probe's ready on", times, load);
		}
		return restarted;
	}

	/** A bearer token of the administrator the tool configures. */
	private static String adminToken(String base) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
		}
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
			.matcher(response.body());
		if (!token.find()) {
			throw new IllegalStateException("No token in " + response.body());
		}
		return token.group(1);
	}

	/** PostgreSQL's CPU clock of this run, for the phases' CPU lines. */
	private static @org.jspecify.annotations.Nullable CpuTimes phaseCpu;

	/** JVM CPU, PostgreSQL CPU (seconds) and the wall clock (ns) when a phase started. */
	private static double[] phaseStart = new double[3];

	/** Marks the start of a timed phase (for {@link #cpu}). */
	private static void startPhase() {
		phaseStart = new double[] { CpuTimes.jvm(), (phaseCpu != null) ? phaseCpu.postgres() : 0, System.nanoTime() };
	}

	/**
	 * The CPU this JVM and PostgreSQL used since {@link #startPhase}, per request too.
	 */
	private static void cpu(int requests) {
		double jvm = CpuTimes.jvm() - phaseStart[0];
		double pg = (phaseCpu != null) ? phaseCpu.postgres() - phaseStart[1] : 0;
		double wall = (System.nanoTime() - phaseStart[2]) / 1e9;
		System.out.printf(
				"  CPU in that phase: this JVM %.1f s (server and clients) + PostgreSQL %.1f s in %.1f s (%.2f cores),"
						+ " %.2f ms per request%n",
				jvm, pg, wall, (jvm + pg) / wall, (jvm + pg) * 1000 / requests);
	}

	private static void report(String phase, long[] times, ResultsLoad load) {
		System.out.printf(
				"Results API (one agency, %s) at %d clients: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
						+ " errors %d (target p95 <= 50 ms: %s)%n",
				phase, CLIENTS, times.length, ms(times, 50), ms(times, 95), ms(times, 99), load.errors.get(),
				ok(ms(times, 95) <= 50));
	}

	private static long[] sequential(HttpClient client, String url, int warmup, int n) throws Exception {
		long[] times = new long[n];
		for (int i = -warmup; i < n; i++) {
			long t0 = System.nanoTime();
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode());
			}
			if (i >= 0) {
				times[i] = System.nanoTime() - t0;
			}
		}
		return times;
	}

	private static double ms(long[] nanos, int percentile) {
		return ResultsLoad.ms(nanos, percentile);
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table + " where fiscal_year = " + YEAR).query(Long.class).single();
	}

	private static double seconds(long t0) {
		return (System.nanoTime() - t0) / 1e9;
	}

	private static String ok(boolean met) {
		return met ? "met" : "NOT met";
	}

}
