package th.ita.agency;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import th.ita.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * One context for every agency test (real HTTP on a random port, MockMvc, the embedded
 * PostgreSQL with the 245 shipped ESAs). Tests create their own agencies with unique
 * codes, so they do not depend on each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class AgencyTestSupport {

	static final String HEADER = "code,name_th,short_th,name_en,type,province_th,region,parent_code,staff_count";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyDirectory directory;

	/** A code no other test uses. */
	static String uniqueCode() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	/** A valid CSV row of a test agency. */
	static String row(String code, String nameTh) {
		return code + "," + nameTh + ",,Test agency " + code + ",OTHER,ขอนแก่น,NORTHEAST,,";
	}

	static String csv(String... rows) {
		return HEADER + "\n" + String.join("\n", rows) + "\n";
	}

	ResultActions importAsAdmin(String csv) throws Exception {
		return importAsAdmin(csv.getBytes(StandardCharsets.UTF_8));
	}

	ResultActions importAsAdmin(byte[] bytes) throws Exception {
		return this.mvc.perform(multipart("/api/v1/agencies/import")
			.file(new MockMultipartFile("file", "agencies.csv", "text/csv", bytes))
			.with(authentication(TestPrincipals.admin()))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
	}

}
