package th.ita.integrity;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import th.ita.integrity.domain.ExecutiveService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency's emblem: PNG or JPEG by content, size capped (413), for the documents
 * module.
 */
class IntegrityEmblemTests extends IntegrityTestSupport {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	IntegrityDocuments documents;

	ResultActions upload(String agency, String name, String type, byte[] bytes, Authentication user) throws Exception {
		return this.mvc.perform(
				multipart(api(agency) + "/emblem").file(new MockMultipartFile("file", name, type, bytes)).with(r -> {
					r.setMethod("PUT");
					return r;
				}).with(authentication(user)));
	}

	@Test
	void emblemIsCheckedByContentAndCapped() throws Exception {
		upload("4003", "emblem.png", "image/png", PNG, TestAgencies.editor("4003")).andExpect(status().isNoContent());
		assertThat(this.documents.emblem("4003")).hasValueSatisfying(e -> {
			assertThat(e.contentType()).isEqualTo("image/png");
			assertThat(e.bytes()).isEqualTo(PNG);
		});
		getJson(api("4003") + "/emblem", TestAgencies.editor("4003")).andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(PNG));
		byte[] jpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 1, (byte) 0xff, (byte) 0xd9 };
		upload("4003", "emblem.jpg", "image/jpeg", jpeg, TestAgencies.editor("4003")).andExpect(status().isNoContent());
		assertThat(this.documents.emblem("4003"))
			.hasValueSatisfying(e -> assertThat(e.contentType()).isEqualTo("image/jpeg"));

		// a GIF or an HTML file named .png is refused, whatever the declared type
		upload("4003", "emblem.png", "image/png", "GIF89a....".getBytes(), TestAgencies.editor("4003"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("file"));
		upload("4003", "emblem.png", "image/png", "<html><script>alert(1)</script>".getBytes(),
				TestAgencies.editor("4003"))
			.andExpect(status().isUnprocessableContent());
		upload("4003", "emblem.png", "image/png", new byte[0], TestAgencies.editor("4003"))
			.andExpect(status().isUnprocessableContent());
		byte[] big = Arrays.copyOf(PNG, ExecutiveService.MAX_EMBLEM_BYTES + 1);
		upload("4003", "emblem.png", "image/png", big, TestAgencies.editor("4003")).andExpect(status().is(413))
			.andExpect(jsonPath("$.field").value("file"));
		// still the JPEG
		assertThat(this.documents.emblem("4003"))
			.hasValueSatisfying(e -> assertThat(e.contentType()).isEqualTo("image/jpeg"));
		// another agency can neither upload nor read it
		upload("4003", "emblem.png", "image/png", PNG, otherEditor()).andExpect(status().isNotFound());
		getJson(api("4003") + "/emblem", otherEditor()).andExpect(status().isNotFound());
	}

	/** Principals of agencies other than the two of the support class. */
	static final class TestAgencies {

		static Authentication editor(String agency) {
			return th.ita.TestPrincipals.agencyEditor(agency);
		}

	}

}
