package th.ita.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import th.ita.agency.Region;
import th.ita.documents.results.ScorecardDocuments;
import th.ita.scoring.AgencyResult;
import th.ita.shared.pdf.ChromiumPdfRenderer;
import th.ita.shared.pdf.LegacyPdfRenderer;
import th.ita.shared.pdf.PdfOptions;
import th.ita.shared.pdf.PdfRenderer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not part of {@code verify}: the class name does not end in Tests): renders
 * the scorecards of all 245 ESAs, each a separate PDF, through the real renderer with two
 * Chromium workers, and prints the wall time. In the same run it first renders
 * {@code -Dbenchmark.legacy} scorecards (default 60; 0 skips) the way the renderer worked
 * before (a new page per PDF, fonts inlined as base64), so the two can be compared under
 * the same load. Run:
 * {@code ./mvnw -B -q test -Dtest=ScorecardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@TestPropertySource(properties = "ita.pdf.workers=2")
@Import(ScorecardBenchmark.Switch.class)
class ScorecardBenchmark extends DocumentsTestSupport {

	static final int AGENCIES = 245;

	@Autowired
	ScorecardDocuments scorecards;

	@Autowired
	Switch renderer;

	/**
	 * The renderer the documents use: the real one, or the legacy one while comparing.
	 */
	@TestConfiguration
	static class Switch implements PdfRenderer {

		@Autowired
		ChromiumPdfRenderer real;

		volatile PdfRenderer legacy;

		@Bean
		@Primary
		PdfRenderer switchingRenderer() {
			return this;
		}

		PdfRenderer current() {
			PdfRenderer l = this.legacy;
			return (l != null) ? l : this.real;
		}

		@Override
		public byte[] renderTemplate(String template, Map<String, ?> model, Locale locale, PdfOptions options) {
			return current().renderTemplate(template, model, locale, options);
		}

		@Override
		public byte[] renderHtml(String html, PdfOptions options) {
			return current().renderHtml(html, options);
		}

		@Override
		public boolean available() {
			return true;
		}

	}

	@Autowired
	ITemplateEngine templates;

	@Test
	void allScorecardsOfARound() throws Exception {
		List<AgencyResult> results = new ArrayList<>();
		for (int i = 0; i < AGENCIES; i++) {
			results.add(this.scores.add(2599, "B" + (1000 + i), "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต " + i,
					(i % 20) - 10, Region.values()[i % Region.values().length]));
		}
		int legacyCount = Integer.getInteger("benchmark.legacy", 60);
		if (legacyCount > 0) {
			try (LegacyPdfRenderer legacy = new LegacyPdfRenderer(this.templates, 2)) {
				this.renderer.legacy = legacy;
				run("before (new page per PDF, inline fonts)", results.subList(0, Math.min(legacyCount, AGENCIES)));
			}
			finally {
				this.renderer.legacy = null;
			}
		}
		long bytes = run("after (warm page, system fonts)", results);
		assertThat(bytes).isPositive();
	}

	private long run(String label, List<AgencyResult> results) throws Exception {
		Locale th = Locale.forLanguageTag("th");
		// warm-up: start both browsers
		this.scorecards.render(results.get(0), this.scores.history(results.get(0).agencyCode()), th);
		this.scorecards.render(results.get(1), this.scores.history(results.get(1).agencyCode()), th);
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
		System.out.printf("BENCHMARK %s: %d scorecards in %.1f s (%.0f ms each, %d KB in all, %d cores)%n", label,
				results.size(), seconds, seconds * 1000 / results.size(), bytes / 1024,
				Runtime.getRuntime().availableProcessors());
		return bytes;
	}

}
