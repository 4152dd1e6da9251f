package th.ita.survey;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Access-code slips: the one-time slips URL of a fresh batch, an A4 PDF with every code
 * and a QR code of the survey link with the code, then gone; only the agency's admin or a
 * system admin.
 */
class AccessCodeSlipsTests extends SurveyTestSupport {

	@Test
	void aFreshBatchPrintsOnceAsPdfWithEveryCodeAndAQrLink() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/rounds/" + YEAR + "/agencies/4001/access-codes")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"instrument\":\"IIT\",\"count\":12}")
				.with(authentication(TestPrincipals.agencyAdmin("4001"))))
			.andExpect(status().isCreated())
			.andReturn();
		String json = result.getResponse().getContentAsString();
		List<String> codes = com.jayway.jsonpath.JsonPath.read(json, "$.codes");
		String url = com.jayway.jsonpath.JsonPath.read(json, "$.slipsUrl");
		assertThat(url).contains("/api/v1/rounds/" + YEAR + "/agencies/4001/access-codes/slips.pdf?batch=");
		String path = url.substring(url.indexOf("/api/"));
		String batch = path.substring(path.indexOf("batch=") + 6);

		this.mvc.perform(get(path).with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/rounds/" + YEAR + "/agencies/S4001/access-codes/slips.pdf").param("batch", batch)
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isNotFound());

		byte[] pdf = download(path, TestPrincipals.agencyAdmin("4001"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(codes).hasSize(12).allSatisfy(code -> assertThat(text).contains(code));
			assertThat(text).contains("/s/" + YEAR + "/IIT/4001?code=");
		}
		this.mvc.perform(get(path).with(authentication(TestPrincipals.agencyAdmin("4001"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theQrCodeCarriesTheSurveyLinkWithTheCode() throws Exception {
		String link = "http://localhost/s/2568/IIT/4001?code=K7QM-3XPA-9RTC";
		String uri = th.ita.survey.codes.SlipServiceAccess.qr(link);
		byte[] png = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
		var image = ImageIO.read(new ByteArrayInputStream(png));
		String decoded = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(decoded).isEqualTo(link);
	}

	private byte[] download(String path, Authentication user) throws Exception {
		return this.mvc.perform(get(path).with(authentication(user)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
