package th.ita.integrity;

import th.ita.TestPrincipals;
import th.ita.shared.Role;
import th.ita.web.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The integrity tests share the one application context of the web integration tests (and
 * its database, which keeps data within the test JVM): each test uses its own fiscal year
 * (2650 and later) and agency S4001 (สพม.ขอนแก่น) or 4001 as the other agency.
 */
abstract class IntegrityTestSupport extends WebIntegrationTest {

	static final String AGENCY = "S4001";

	static final String OTHER = "4001";

	@Autowired
	JdbcClient jdbc;

	static Authentication editor() {
		return TestPrincipals.agencyEditor(AGENCY);
	}

	static Authentication agencyAdmin() {
		return TestPrincipals.agencyAdmin(AGENCY);
	}

	static Authentication executive() {
		return TestPrincipals.authentication("exec-s4001", AGENCY, Role.EXECUTIVE);
	}

	static Authentication otherEditor() {
		return TestPrincipals.agencyEditor(OTHER);
	}

	static Authentication otherAdmin() {
		return TestPrincipals.agencyAdmin(OTHER);
	}

	static Authentication central() {
		return TestPrincipals.admin();
	}

	static Authentication assessor() {
		return TestPrincipals.authentication("assessor-x", null, Role.ASSESSOR);
	}

	static String api(String agency) {
		return "/api/v1/agencies/" + agency;
	}

	ResultActions getJson(String path, Authentication user) throws Exception {
		return this.mvc.perform(get(path).accept(MediaType.APPLICATION_JSON).with(authentication(user)));
	}

	ResultActions postJson(String path, String body, Authentication user) throws Exception {
		return this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(body)
			.with(authentication(user)));
	}

	ResultActions putJson(String path, String body, Authentication user) throws Exception {
		return this.mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(body)
			.with(authentication(user)));
	}

	void saveExecutive(String agency, Authentication user) throws Exception {
		putJson(api(agency) + "/executive",
				"{\"nameTh\":\"นายศักดิ์ดา ชัยภักดิ์\",\"positionTh\":\"ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น\","
						+ "\"nameEn\":\"Mr Sakda Chaiyaphak\",\"positionEn\":\"Director\"}",
				user)
			.andExpect(status().isOk());
	}

	ResultActions transition(String agency, int year, String document, String action, Authentication user)
			throws Exception {
		return postJson(api(agency) + "/integrity/publications/" + year + "/" + document + "/" + action, "{}", user);
	}

	/** Approves and publishes a document as the agency admin. */
	void publish(int year, String document) throws Exception {
		transition(AGENCY, year, document, "approve", agencyAdmin()).andExpect(status().isOk());
		transition(AGENCY, year, document, "publish", agencyAdmin()).andExpect(status().isOk());
	}

	long audits(String action, String entityId) {
		return this.jdbc.sql("select count(*) from audit_entry where action = :a and entity_id = :id")
			.param("a", action)
			.param("id", entityId)
			.query(Long.class)
			.single();
	}

	int publicStatus(String path) {
		return http().get(path).statusCode();
	}

	String publicBody(String path) {
		return http().get(path).body();
	}

}
