package th.ita.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import th.ita.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One context for the framework tests (the same configuration as the agency tests, so
 * they share it). Tests import frameworks under unique codes, so they do not depend on
 * each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class FrameworkTestSupport {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	@Autowired
	MockMvc mvc;

	@Autowired
	FrameworkCatalog catalog;

	/** A framework code no other test uses. */
	static String uniqueCode() {
		return "T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	/** The small valid test framework under a code. */
	static String mini(String code) {
		return resource("framework/mini.yaml").replace("code: CODE", "code: " + code);
	}

	static String resource(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	ResultActions importAsAdmin(String yaml) throws Exception {
		return this.mvc.perform(post("/api/v1/frameworks").contentType(YAML)
			.content(yaml.getBytes(StandardCharsets.UTF_8))
			.with(authentication(TestPrincipals.admin()))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
	}

}
