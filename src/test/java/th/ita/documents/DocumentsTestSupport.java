package th.ita.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import th.ita.integrity.IntegrityDocuments;
import th.ita.scoring.ScoreResults;
import th.ita.web.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The documents tests: the whole application with the real renderer (Debian Chromium),
 * database and audit trail; the score results and announcements come from in-memory fakes
 * ({@link FakeScores}, {@link FakeIntegrity}) registered as primary beans. PDF helpers
 * read text back with PDFBox, check the embedded fonts and rasterise every page.
 */
@Import(DocumentsTestSupport.Fakes.class)
abstract class DocumentsTestSupport extends WebIntegrationTest {

	@TestConfiguration
	static class Fakes {

		@Bean
		@Primary
		FakeScores fakeScores() {
			return new FakeScores();
		}

		@Bean
		@Primary
		FakeIntegrity fakeIntegrity() {
			return new FakeIntegrity();
		}

		@Bean
		@Primary
		FakePlans fakePlans() {
			return new FakePlans();
		}

	}

	@Autowired
	FakeScores scores;

	@Autowired
	FakeIntegrity integrity;

	@Autowired
	FakePlans plans;

	@Autowired
	JdbcClient jdbc;

	MvcResult download(String path, Authentication user) throws Exception {
		var request = get(path);
		if (user != null) {
			request.with(authentication(user));
		}
		return this.mvc.perform(request).andReturn();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	static List<String> lines(byte[] pdf) throws IOException {
		return text(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** Every page rasterises; every Sarabun font is embedded; returns the page count. */
	static int checkPdf(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<String> fonts = new ArrayList<>();
			PDFRenderer renderer = new PDFRenderer(doc);
			for (int i = 0; i < doc.getNumberOfPages(); i++) {
				PDPage page = doc.getPage(i);
				assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					if (font.getName() != null && font.getName().contains("Sarabun")) {
						assertThat(font.isEmbedded()).isTrue();
						fonts.add(font.getName());
					}
				}
				assertThat(renderer.renderImage(i, 0.5f).getWidth()).isPositive();
			}
			assertThat(fonts).isNotEmpty();
			return doc.getNumberOfPages();
		}
	}

	/** The interfaces resolve to the fakes. */
	static boolean fakes(ScoreResults scores, IntegrityDocuments integrity) {
		return scores instanceof FakeScores && integrity instanceof FakeIntegrity;
	}

}
