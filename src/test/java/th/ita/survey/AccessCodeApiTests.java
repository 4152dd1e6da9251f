package th.ita.survey;

import java.util.List;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Generating codes: who may, what is validated, and that only hashes are stored. */
class AccessCodeApiTests extends SurveyTestSupport {

	ResultActions generate(int year, String agency, String body, Authentication user) throws Exception {
		return this.mvc.perform(post("/api/v1/rounds/" + year + "/agencies/" + agency + "/access-codes")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(authentication(user)));
	}

	@Test
	void adminGetsTheCodesOnceAndTheDatabaseKeepsOnlyHashes() throws Exception {
		MvcResult result = generate(YEAR, "S4001", "{\"instrument\":\"IIT\",\"count\":25}", TestPrincipals.admin())
			.andExpect(status().isCreated())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(jsonPath("$.fiscalYear").value(YEAR))
			.andExpect(jsonPath("$.agencyCode").value("S4001"))
			.andExpect(jsonPath("$.instrument").value("IIT"))
			.andExpect(jsonPath("$.codes.length()").value(25))
			.andReturn();
		List<String> codes = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.codes");
		assertThat(codes).doesNotHaveDuplicates()
			.allSatisfy(code -> assertThat(code)
				.matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"));
		List<String> table = codeTableAsText();
		assertThat(table).hasSizeGreaterThanOrEqualTo(25);
		for (String code : codes) {
			String canonical = code.replace("-", "");
			assertThat(table).noneMatch(row -> row.contains(canonical) || row.contains(code)
					|| row.toLowerCase().contains(canonical.toLowerCase()));
		}
		assertThat(this.jdbc.sql("select column_name from information_schema.columns where table_name = ?")
			.param("survey_access_code")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("hash", "fiscal_year", "agency_code", "instrument", "used", "issued_on");
	}

	@Test
	void agencyAdminGeneratesForOwnAgencyOnly() throws Exception {
		generate(YEAR, "4001", "{\"instrument\":\"EIT\",\"count\":3}", TestPrincipals.agencyAdmin("4001"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.codes.length()").value(3));
		generate(YEAR, "S4001", "{\"instrument\":\"IIT\",\"count\":3}", TestPrincipals.agencyAdmin("4001"))
			.andExpect(status().isForbidden());
		generate(YEAR, "NO-SUCH", "{\"instrument\":\"IIT\",\"count\":3}", TestPrincipals.agencyAdmin("4001"))
			.andExpect(status().isForbidden());
		generate(YEAR, "4001", "{\"instrument\":\"IIT\",\"count\":3}", TestPrincipals.agencyEditor("4001"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/rounds/" + YEAR + "/agencies/4001/access-codes")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"instrument\":\"IIT\",\"count\":3}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void invalidRequestsNameTheField() throws Exception {
		for (String body : List.of("{\"instrument\":\"IIT\",\"count\":0}", "{\"instrument\":\"IIT\",\"count\":5001}",
				"{\"instrument\":\"IIT\"}")) {
			generate(YEAR, "S4001", body, TestPrincipals.admin()).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value("count"));
		}
		for (String body : List.of("{\"instrument\":\"OIT\",\"count\":1}", "{\"count\":1}")) {
			generate(YEAR, "S4001", body, TestPrincipals.admin()).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value("instrument"));
		}
		generate(YEAR, "S4001", "{\"instrument\":\"IIT\",\"count\":\"many\"}", TestPrincipals.admin())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("count"));
		generate(YEAR, "NO-SUCH", "{\"instrument\":\"IIT\",\"count\":1}", TestPrincipals.admin())
			.andExpect(status().isNotFound());
		generate(2559, "S4001", "{\"instrument\":\"IIT\",\"count\":1}", TestPrincipals.admin())
			.andExpect(status().isNotFound());
	}

	@Test
	void fiveThousandCodesInOneRequest() throws Exception {
		generate(YEAR, "S1001", "{\"instrument\":\"IIT\",\"count\":5000}", TestPrincipals.admin())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.codes.length()").value(5000));
	}

}
