package th.ita.survey.load;

import th.ita.shared.load.HeapPeaks;
import th.ita.shared.load.LoadClients;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import th.ita.ItaApplication;
import th.ita.TestPrincipals;
import th.ita.assessment.Enrolment;
import th.ita.assessment.Rounds;
import th.ita.survey.codes.AccessCodeService;
import th.ita.survey.responses.Questionnaire;
import th.ita.survey.responses.SurveyForms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The survey load tool (a benchmark, not a test; surefire does not pick it up). It starts
 * one PostgreSQL (embedded, fsync and synchronous_commit on, max_connections 300),
 * measures the JDBC baseline (single-row INSERT + COMMIT at {@value #CLIENTS}
 * connections), then starts the application in this JVM on that database (demo data on,
 * rate limits off), generates IIT access codes for every agency enrolled in round 2568,
 * and drives the JSON API with valid IIT and EIT responses from {@value #CLIENTS}
 * concurrent clients (Apache HttpClient 5, one keep-alive connection each). It prints
 * accepted responses/s, p50/p95/p99, errors, the process CPU time split by thread kind,
 * the heap peak of this JVM (server and clients together; run it with {@code -Xmx512m})
 * and the ratio to the baseline.
 * <p>
 * Run: {@code ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec
 * -Dexec.executable=java -Dexec.classpathScope=test -Dexec.args="-Xmx512m -cp %classpath
 * th.ita.survey.load.SurveyLoadTool"} (system properties {@code load.requests},
 * {@code load.warmup} (20,000 requests first, unmeasured, so that the JIT compiler has
 * mostly settled), {@code load.baselineSeconds} change the size;
 * {@code -Dload.leanSubmit=false} sends the submissions through MVC and the full security
 * chain instead of the lean submit path; {@code -Dload.answerCounts=false} disables the
 * answer-count trigger, to measure what it costs the writers).
 */
public final class SurveyLoadTool {

	static final int CLIENTS = 128;

	static final int YEAR = 2568;

	private SurveyLoadTool() {
	}

	public static void main(String[] args) throws Exception {
		int requests = Integer.getInteger("load.requests", 40_000);
		int warmup = Integer.getInteger("load.warmup", 20_000);
		int baselineSeconds = Integer.getInteger("load.baselineSeconds", 15);
		File dir = Files.createTempDirectory("ita-load-pg").toFile();
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(true)
			.setServerConfig("max_connections", "300")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("shared_buffers", "128MB")
			.setServerConfig("timezone", "UTC")
			.start();
		String url = postgres.getJdbcUrl("postgres", "postgres");
		ConfigurableApplicationContext context = null;
		try {
			System.out.println("PostgreSQL " + url + " (fsync on, synchronous_commit on); " + loadAverage());
			String sample = "{\"i1.1\":4,\"i1.2\":3,\"i1.3\":4,\"i1.4\":4,\"i1.5\":3,\"i1.6\":4,\"i2.1\":4,\"i2.2\":2,"
					+ "\"i2.3\":4,\"i2.4\":4,\"i2.5\":4,\"i2.6\":3,\"i3.1\":4,\"i3.2\":4,\"i3.3\":1,\"i3.4\":4}";
			LoadStats baseline = JdbcBaseline.run(url, "postgres", CLIENTS, baselineSeconds, sample);
			print("JDBC baseline (INSERT+COMMIT)", baseline);

			SpringApplication application = new SpringApplication(ItaApplication.class);
			application.setDefaultProperties(Map.of("spring.datasource.url", url, "spring.datasource.username",
					"postgres", "spring.datasource.hikari.maximum-pool-size", "40", "ita.demo", "true",
					"ita.survey.rate-limit.enabled", "false", "server.port", "0", "server.tomcat.threads.max", "200",
					"logging.level.root", "WARN", "spring.flyway.out-of-order", "true", "ita.survey.lean-submit",
					System.getProperty("load.leanSubmit", "true")));
			long t0 = System.nanoTime();
			context = application.run();
			System.out.printf("Server started with demo data in %.1f s%n", (System.nanoTime() - t0) / 1e9);
			if (!Boolean.parseBoolean(System.getProperty("load.answerCounts", "true"))) {
				// Diagnosis only: measures the writers without the answer-count trigger.
				context.getBean(JdbcClient.class)
					.sql("alter table survey_response disable trigger survey_answer_count_response")
					.update();
				System.out.println("answer-count trigger DISABLED (load.answerCounts=false)");
			}
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			List<String> bodies = bodies(context, warmup + requests);
			CloseableHttpClient client = LoadClients.pooled(CLIENTS);
			String base = "http://localhost:" + port + "/api/v1/rounds/" + YEAR + "/surveys/";
			drive(client, base, bodies.subList(0, warmup));
			System.gc();
			HeapPeaks.reset();
			long before = count(context);
			CpuSplit cpu = new CpuSplit();
			cpu.start();
			LoadStats load = drive(client, base, bodies.subList(warmup, bodies.size()));
			String cpuSplit = cpu.end(load.clientCpu());
			long heapPeak = HeapPeaks.bytes();
			long stored = count(context) - before;
			print("Survey API (IIT + EIT responses)", load);
			System.out.printf("stored rows: %d (accepted %d)%n", stored, load.accepted());
			io.micrometer.core.instrument.DistributionSummary batches = context
				.getBean(io.micrometer.core.instrument.MeterRegistry.class)
				.find("ita.survey.writer.batch")
				.summary();
			if (batches != null) {
				System.out.printf("group commits: %d transactions, %.1f submissions each on average, max %.0f%n",
						batches.count(), batches.mean(), batches.max());
			}
			System.out.println(cpuSplit);
			System.out.printf("heap peak: %d MB of max %d MB (server and clients in one JVM)%n", heapPeak >> 20,
					Runtime.getRuntime().maxMemory() >> 20);
			System.out.printf("ratio to baseline: %.2f%n", load.perSecond() / baseline.perSecond());
			System.out.println(loadAverage());
			System.out.printf("targets: >=2000/s %s, p99<=150ms %s, 0 errors %s, heap<=512MB %s, ratio>=0.5 %s%n",
					ok(load.perSecond() >= 2000), ok(load.percentile(99) <= 150), ok(load.errors() == 0),
					ok(heapPeak <= 512L << 20), ok(load.perSecond() / baseline.perSecond() >= 0.5));
		}
		finally {
			if (context != null) {
				context.close();
			}
			postgres.close();
		}
		System.exit(0);
	}

	/** The request bodies: half IIT with a fresh code each, half EIT, shuffled. */
	private static List<String> bodies(ConfigurableApplicationContext context, int total) {
		Rounds rounds = context.getBean(Rounds.class);
		SurveyForms forms = context.getBean(SurveyForms.class);
		AccessCodeService codes = context.getBean(AccessCodeService.class);
		List<Enrolment> enrolments = rounds.enrolments(YEAR);
		String first = enrolments.get(0).agencyCode();
		Questionnaire iit = forms.questionnaire(YEAR, "IIT", first, false);
		Questionnaire eit = forms.questionnaire(YEAR, "EIT", first, false);
		int perAgency = (total / 2 + enrolments.size() - 1) / enrolments.size();
		Random random = new Random(2568);
		List<String> bodies = new ArrayList<>(total);
		long t0 = System.nanoTime();
		SecurityContextHolder.getContext().setAuthentication(TestPrincipals.admin());
		try {
			for (Enrolment enrolment : enrolments) {
				String agency = enrolment.agencyCode();
				for (String code : codes.generate(YEAR, agency, "IIT", perAgency).codes()) {
					bodies.add("IIT/" + agency + "|{\"accessCode\":\"" + code + "\",\"answers\":"
							+ answers(iit, "STAFF", random) + "}");
				}
				for (int i = 0; i < perAgency; i++) {
					String group = eit.respondentGroups().get(random.nextInt(eit.respondentGroups().size())).code();
					bodies.add("EIT/" + agency + "|{\"respondentGroup\":\"" + group + "\",\"answers\":"
							+ answers(eit, group, random) + "}");
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		System.out.printf("Generated %d IIT codes for %d agencies in %.1f s%n", perAgency * enrolments.size(),
				enrolments.size(), (System.nanoTime() - t0) / 1e9);
		Collections.shuffle(bodies, random);
		return bodies.subList(0, Math.min(total, bodies.size()));
	}

	private static String answers(Questionnaire questionnaire, String group, Random random) {
		StringBuilder out = new StringBuilder("{");
		for (Questionnaire.Question question : questionnaire.questions(group)) {
			List<Questionnaire.Option> options = question.options();
			out.append(out.length() > 1 ? "," : "")
				.append('"')
				.append(question.code())
				.append("\":")
				.append(options.get(random.nextInt(options.size())).value());
		}
		return out.append('}').toString();
	}

	private static LoadStats drive(CloseableHttpClient client, String base, List<String> bodies)
			throws InterruptedException {
		LoadStats stats = new LoadStats(bodies.size());
		AtomicInteger next = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(CLIENTS);
		stats.start();
		for (int c = 0; c < CLIENTS; c++) {
			new Thread(() -> {
				try {
					int i;
					while ((i = next.getAndIncrement()) < bodies.size()) {
						String entry = bodies.get(i);
						int bar = entry.indexOf('|');
						HttpPost request = new HttpPost(base + entry.substring(0, bar) + "/responses");
						request.setEntity(new ByteArrayEntity(entry.substring(bar + 1).getBytes(StandardCharsets.UTF_8),
								ContentType.APPLICATION_JSON));
						long t0 = System.nanoTime();
						try {
							int status = client.execute(request, response -> {
								EntityUtils.consume(response.getEntity());
								return response.getCode();
							});
							stats.record(System.nanoTime() - t0, status == 201, "HTTP " + status);
						}
						catch (Exception ex) {
							stats.record(System.nanoTime() - t0, false, ex.getClass().getSimpleName());
						}
					}
				}
				finally {
					stats.clientCpu(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
					done.countDown();
				}
			}, "load-client-" + c).start();
		}
		done.await();
		stats.end();
		return stats;
	}

	private static long count(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select count(*) from survey_response where fiscal_year = ?")
			.param(YEAR)
			.query(Long.class)
			.single();
	}

	private static void print(String title, LoadStats stats) {
		System.out.printf("%s: %d ok in %.1f s = %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d %s%n", title,
				stats.accepted(), stats.seconds(), stats.perSecond(), stats.percentile(50), stats.percentile(95),
				stats.percentile(99), stats.errors(), stats.errorKinds);
	}

	/** The machine's load average (other builds share the CPU). */
	private static String loadAverage() {
		try {
			return "load average " + Files.readString(new File("/proc/loadavg").toPath()).trim();
		}
		catch (java.io.IOException | RuntimeException ex) {
			return "load average unknown";
		}
	}

	private static String ok(boolean met) {
		return met ? "met" : "NOT met";
	}

}
