package th.ita.assessment;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** History import: good files, re-import, and every kind of bad row storing nothing. */
class HistoryImportTests extends AssessmentTestSupport {

	static final String HEADER = "fiscal_year,agency_code,ita_score";

	ResultActions upload(String csv, Authentication user) throws Exception {
		return this.mvc.perform(multipart("/api/v1/history/import")
			.file(new MockMultipartFile("file", "history.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(authentication(user))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
	}

	long stored(String code) {
		return this.jdbc.sql("select count(*) from assessment_history where agency_code = :a")
			.param("a", code)
			.query(Long.class)
			.single();
	}

	@Test
	void importsReimportsAndReadsHistory() throws Exception {
		upload(HEADER + ",i1,i2,i3,i4,i5,i6,i7,i8,i9,i10\n2562,1102,80.5,,,,,,,,,,\n"
				+ "2563,1102,88.25,90,91,92,93,94,95,96,97,98,99.99\n", TestPrincipals.admin())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		this.mvc
			.perform(post("/api/v1/history/import").contentType("text/csv")
				.content(HEADER + "\n2563,1102,89.00\n2562,1102,80.50\n")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.unchanged").value(1));
		assertThat(audits("history.updated", "1102/2563")).isEqualTo(1);
		assertThat(audits("history.created", "1102/2562")).isEqualTo(1);
		this.mvc.perform(get("/api/v1/history/1102").with(authentication(TestPrincipals.agencyEditor("1102"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years.length()").value(2))
			.andExpect(jsonPath("$.years[0].fiscalYear").value(2562))
			.andExpect(jsonPath("$.years[1].itaScore").value(89.0))
			.andExpect(jsonPath("$.years[1].indicators.length()").value(0));
		this.mvc.perform(get("/api/v1/history/NO-SUCH").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isNotFound());
		upload(HEADER + "\n2562,1102,1\n", TestPrincipals.agencyAdmin("1102")).andExpect(status().isForbidden());
	}

	@Test
	void unknownAgencyIsRejectedRowByRow() throws Exception {
		rejected("2565,1201,90\n2565,NOPE,90\n", 3, "agency_code", "unknown-agency");
	}

	@Test
	void yearOutOfRangeIsRejected() throws Exception {
		rejected("2565,1201,90\n2556,1201,90\n", 3, "fiscal_year", "year-out-of-range");
		rejected("2565,1201,90\n2650,1201,90\n", 3, "fiscal_year", "year-out-of-range");
	}

	@Test
	void scoreAbove100IsRejected() throws Exception {
		rejected("2565,1201,90\n2566,1201,100.01\n", 3, "ita_score", "score-out-of-range");
	}

	@Test
	void scoreThatIsNotANumberIsRejected() throws Exception {
		rejected("2565,1201,90\n2566,1201,เก้าสิบ\n", 3, "ita_score", "not-a-number");
	}

	@Test
	void duplicateYearAndAgencyIsRejected() throws Exception {
		rejected("2565,1201,90\n2565,1201,91\n", 3, "agency_code", "duplicate");
	}

	@Test
	void everyBadRowIsReported() throws Exception {
		upload(HEADER + "\n2565,1201,90\n2565,NOPE,90\n2556,1201,90\n2566,1201,101\n2567,1201,x\n",
				TestPrincipals.admin())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(4))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[1].line").value(4))
			.andExpect(jsonPath("$.errors[2].line").value(5))
			.andExpect(jsonPath("$.errors[3].line").value(6))
			.andExpect(jsonPath("$.errors[3].message").value("x ไม่ใช่ตัวเลข"));
		assertThat(stored("1201")).isZero();
		upload("year,agency\n2565,1201\n", TestPrincipals.admin()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("wrong-header"));
	}

	private void rejected(String rows, int line, String column, String code) throws Exception {
		upload(HEADER + "\n" + rows, TestPrincipals.admin()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].line").value(line))
			.andExpect(jsonPath("$.errors[0].column").value(column))
			.andExpect(jsonPath("$.errors[0].code").value(code))
			.andExpect(jsonPath("$.errors[0].message").isString());
		assertThat(stored("1201")).as("nothing stored").isZero();
	}

}
