package th.ita.assessment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every round pins its framework version: once used, that version never changes. */
class FrameworkPinningTests extends AssessmentTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	Rounds rounds;

	@Test
	void aRoundPinsItsFrameworkVersionSoAChangeMustBeANewVersion() throws Exception {
		String code = "T-PIN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String yaml = new ClassPathResource("framework/mini.yaml").getContentAsString(StandardCharsets.UTF_8)
			.replace("code: CODE", "code: " + code);
		importFramework(yaml).andExpect(status().isCreated());
		// Before any round uses it, version 1 may still be corrected in place.
		String corrected = yaml.replace("nameEn: Test framework", "nameEn: Test framework (corrected)");
		importFramework(corrected).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("replaced"));

		createRound("{\"fiscalYear\":2589,\"programme\":\"TEST\",\"framework\":\"" + code
				+ "\",\"calendar\":{\"windows\":{}}}")
			.andExpect(status().isCreated());

		importFramework(corrected.replace("(corrected)", "(changed after use)")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("version"));
		importFramework(corrected.replace("version: 1", "version: 2").replace("(corrected)", "(next)"))
			.andExpect(status().isCreated());
		assertThat(this.rounds.find("TEST", 2589).orElseThrow().framework().version()).isEqualTo(1);
		this.mvc
			.perform(get("/api/v1/frameworks/" + code).param("version", "1")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.nameEn").value("Test framework (corrected)"));
	}

	private ResultActions importFramework(String yaml) throws Exception {
		return this.mvc.perform(post("/api/v1/frameworks").contentType("application/yaml")
			.content(yaml.getBytes(StandardCharsets.UTF_8))
			.with(authentication(TestPrincipals.admin())));
	}

}
