package th.ita.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import th.ita.agency.Region;
import th.ita.documents.results.ScorecardDocuments;
import th.ita.scoring.AgencyResult;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not part of {@code verify}: the class name does not end in Tests): renders
 * the scorecards of all 245 ESAs, each a separate PDF, through the real renderer with two
 * Chromium workers, and prints the wall time. Run:
 * {@code ./mvnw -B -q test -Dtest=ScorecardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@TestPropertySource(properties = "ita.pdf.workers=2")
class ScorecardBenchmark extends DocumentsTestSupport {

	static final int AGENCIES = 245;

	@Autowired
	ScorecardDocuments scorecards;

	@Test
	void allScorecardsOfARound() throws Exception {
		List<AgencyResult> results = new ArrayList<>();
		for (int i = 0; i < AGENCIES; i++) {
			results.add(this.scores.add(2599, "B" + (1000 + i), "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต " + i,
					(i % 20) - 10, Region.values()[i % Region.values().length]));
		}
		Locale th = Locale.forLanguageTag("th");
		// warm-up: start both browsers
		this.scorecards.render(results.get(0), this.scores.history("B1000"), th);
		this.scorecards.render(results.get(1), this.scores.history("B1001"), th);
		long start = System.nanoTime();
		ExecutorService callers = Executors.newFixedThreadPool(4);
		List<Future<Integer>> sizes = new ArrayList<>();
		for (AgencyResult r : results) {
			sizes.add(callers
				.submit(() -> this.scorecards.render(r, this.scores.history(r.agencyCode()), th).bytes().length));
		}
		long bytes = 0;
		for (Future<Integer> size : sizes) {
			bytes += size.get();
		}
		callers.shutdown();
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("BENCHMARK: %d scorecards in %.1f s (%.0f ms each, %d KB in all, %d cores)%n", AGENCIES,
				seconds, seconds * 1000 / AGENCIES, bytes / 1024, Runtime.getRuntime().availableProcessors());
		assertThat(bytes).isPositive();
	}

}
