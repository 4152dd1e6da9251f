package th.ita.shared.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The renderer against the real Debian Chromium: Thai text extracted by PDFBox exactly as
 * written, Sarabun embedded, pages rasterise, lines wrap only between words, page numbers
 * printed, and a clear 503 when Chromium is missing. Needs {@code /usr/bin/chromium}
 * ({@code .ci/run} installs it).
 */
class ChromiumPdfRendererTests {

	static final List<String> WORDS = List.of("ผู้อำนวยการ", "ที่", "ป้ำ", "น้ำ", "กตัญญู", "คุณธรรมและความโปร่งใส",
			"ปีงบประมาณ พ.ศ. ๒๕๖๗");

	static final String PARAGRAPH = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐเป็นเครื่องมือ"
			+ "เชิงบวกที่มุ่งพัฒนาระบบราชการไทยให้มีความโปร่งใสและป้องกันการทุจริตอย่างยั่งยืน";

	private static ChromiumPdfRenderer renderer;

	@BeforeAll
	static void start() {
		assertThat(Files.isExecutable(Paths.get("/usr/bin/chromium")))
			.as("Chromium must be installed (apt-get install chromium fonts-thai-tlwg)")
			.isTrue();
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		renderer = new ChromiumPdfRenderer(engine, new PdfProperties(null, 1, 60));
	}

	@AfterAll
	static void stop() {
		renderer.close();
	}

	@Test
	void thaiTextIsExtractedExactlyAsWrittenFromEmbeddedSarabunAndRasterises() throws IOException {
		StringBuilder html = new StringBuilder("<html><head><title>t</title></head><body>");
		WORDS.forEach(w -> html.append("<p style=\"font-size:20pt\">").append(w).append("</p>"));
		html.append("<p><b>ผู้อำนวยการ</b></p></body></html>");
		byte[] pdf = renderer.renderHtml(html.toString(), PdfOptions.a4());
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<String> lines = new PDFTextStripper().getText(doc).lines().map(String::strip).toList();
			assertThat(lines).containsSubsequence(WORDS);
			assertThat(lines).contains("หน้า 1 / 1");
			List<String> fonts = new ArrayList<>();
			for (PDPage page : doc.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					if (font.getName().contains("Sarabun")) {
						assertThat(font.isEmbedded()).as(font.getName()).isTrue();
						fonts.add(font.getName());
					}
				}
			}
			assertThat(fonts).anyMatch(f -> f.contains("Sarabun-Regular") || f.contains("Sarabun"));
			assertThat(fonts).anyMatch(f -> f.contains("Bold"));
			var image = new PDFRenderer(doc).renderImage(0, 1f);
			assertThat(image.getWidth()).isEqualTo(595);
		}
	}

	@Test
	void narrowColumnsWrapThaiOnlyBetweenWords() throws IOException {
		String html = "<html><body><div style=\"width:45mm;font-size:14pt\">" + PARAGRAPH + "</div></body></html>";
		byte[] pdf = renderer.renderHtml(html, PdfOptions.a4().footer(null));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<String> lines = new PDFTextStripper().getText(doc)
				.lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty())
				.toList();
			assertThat(lines).hasSizeGreaterThan(3);
			assertThat(String.join("", lines)).isEqualTo(PARAGRAPH);
			TreeSet<Integer> boundaries = wordBoundaries(PARAGRAPH);
			int at = 0;
			for (String line : lines) {
				assertThat(boundaries).as("line starts at a word boundary: " + line).contains(at);
				at += line.length();
			}
		}
	}

	@Test
	void templatesRenderWithTheirModelAndPageNumbersCountAllPages() throws IOException {
		String template = "<html><body><h1 th:text=\"${title}\">x</h1>"
				+ "<div th:each=\"i : ${pages}\" style=\"break-after:page\" th:text=\"${i}\"></div></body></html>";
		byte[] pdf = renderer.renderTemplate(template,
				Map.of("title", "คุณธรรมและความโปร่งใส", "pages", List.of(1, 2, 3)), Locale.forLanguageTag("th"),
				PdfOptions.a4().footer(PdfOptions.ENGLISH_PAGE_FOOTER));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(3);
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("คุณธรรมและความโปร่งใส", "Page 1 / 3", "Page 3 / 3");
		}
	}

	@Test
	void aMissingChromiumIsA503WithAClearMessage() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		ChromiumPdfRenderer missing = new ChromiumPdfRenderer(engine, new PdfProperties("/nonexistent/chromium", 1, 5));
		assertThat(missing.available()).isFalse();
		assertThatThrownBy(() -> missing.renderHtml("<p>x</p>", PdfOptions.a4()))
			.isInstanceOfSatisfying(PdfUnavailableException.class, ex -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(ex.getBody().getDetail()).contains("/nonexistent/chromium");
			});
	}

	private static TreeSet<Integer> wordBoundaries(String text) {
		BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
		words.setText(text);
		TreeSet<Integer> result = new TreeSet<>();
		for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
			result.add(b);
		}
		return result;
	}

}
