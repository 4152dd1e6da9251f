package th.ita.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.framework.Instrument;
import th.ita.shared.ThaiDates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin, overview and enrolment pages in Thai and English, and their forms. */
class RoundPageTests extends AssessmentTestSupport {

	static final Locale THAI = Locale.forLanguageTag("th");

	@Autowired
	Rounds rounds;

	@Test
	void adminCreatesARoundEditsItsCalendarAndEnrolsOnThePages() throws Exception {
		this.mvc.perform(get("/admin/rounds").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รอบการประเมิน")))
			.andExpect(content().string(containsString("id=\"round-create\"")))
			.andExpect(content().string(not(containsString("style="))));
		this.mvc.perform(get("/admin/rounds").param("lang", "en").with(authentication(TestPrincipals.admin())))
			.andExpect(content().string(containsString("Assessment rounds")));
		this.mvc
			.perform(post("/admin/rounds").param("fiscalYear", "2580")
				.param("framework", "ITA-ESA-2567")
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/rounds/2580"));
		this.mvc
			.perform(post("/admin/rounds").param("fiscalYear", "2580")
				.param("framework", "ITA-ESA-2567")
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"round-error\"")));
		var from = today().plusDays(3);
		this.mvc
			.perform(post("/admin/rounds/2580/calendar").param("from_COLLECTION", from.toString())
				.param("to_COLLECTION", from.plusDays(10).toString())
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/rounds/2580"));
		assertThat(this.rounds.find(2580).orElseThrow().windows()).containsKey(Activity.COLLECTION);
		this.mvc
			.perform(post("/admin/rounds/2580/calendar").param("from_COLLECTION", from.toString())
				.param("to_COLLECTION", from.minusDays(1).toString())
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("data-field=\"windows.COLLECTION.to\"")));
		this.mvc
			.perform(post("/admin/rounds/2580/enrolments").param("agencies", "S4001, 4001")
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/rounds/2580"));
		assertThat(this.rounds.enrolments(2580)).hasSize(2);
		this.mvc.perform(get("/admin/rounds/2580").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ThaiDates.formatShort(from, THAI))))
			.andExpect(content().string(containsString("value=\"" + from + "\"")))
			.andExpect(content().string(containsString("id=\"enrolment-count\"")));
		this.mvc.perform(get("/admin/rounds").with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void everySignedInUserFindsTheRoundsAndTheirWayIntoEachRole() throws Exception {
		createRound(round(2586, "\"OIT_SUBMISSION\":" + window(today().minusDays(1), today().plusDays(5))));
		this.mvc.perform(get("/rounds").with(authentication(TestPrincipals.agencyEditor("S4001"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/rounds/2586\"")))
			.andExpect(content().string(not(containsString("href=\"/admin/rounds\""))));
		this.mvc.perform(get("/rounds/2586").with(authentication(TestPrincipals.agencyEditor("S4001"))))
			.andExpect(content().string(containsString("href=\"/rounds/2586/oit\"")))
			.andExpect(content().string(not(containsString("href=\"/review/2586\""))));
		this.mvc
			.perform(get("/rounds/2586")
				.with(authentication(TestPrincipals.authentication("assessor-x", null, th.ita.shared.Role.ASSESSOR))))
			.andExpect(content().string(containsString("href=\"/review/2586\"")))
			.andExpect(content().string(not(containsString("href=\"/rounds/2586/oit\""))));
		this.mvc.perform(get("/rounds").param("lang", "en").with(authentication(TestPrincipals.admin())))
			.andExpect(content().string(containsString("Manage rounds")));
	}

	@Test
	void overviewShowsWindowsInThaiAndEnglish() throws Exception {
		createRound(round(2581, "\"COLLECTION\":" + window(today().minusDays(1), today().plusDays(5))
				+ ",\"PUBLICATION\":" + window(today().plusDays(50), today().plusDays(60))));
		this.mvc.perform(get("/rounds/2581").with(authentication(TestPrincipals.agencyEditor("S4001"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("การประเมิน ITA ปีงบประมาณ 2581")))
			.andExpect(content().string(containsString("data-status=\"open\"")))
			.andExpect(content().string(containsString("data-status=\"upcoming\"")))
			.andExpect(content().string(containsString("ยังไม่กำหนดวัน")))
			.andExpect(content().string(containsString(ThaiDates.formatShort(today().minusDays(1), THAI))));
		this.mvc
			.perform(get("/rounds/2581").param("lang", "en").with(authentication(TestPrincipals.agencyEditor("S4001"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ITA round 2581")))
			.andExpect(content().string(containsString("Not scheduled")))
			.andExpect(content().string(containsString(ThaiDates.formatShort(today().minusDays(1), Locale.ENGLISH))));
		this.mvc.perform(get("/rounds/2597").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void agencyAdminEditsTheirPopulationOnThePageUntilCollectionOpens() throws Exception {
		createFutureRound(2582);
		enrol(2582, "{\"agencies\": [\"S4001\", \"4001\"]}");
		this.mvc.perform(get("/rounds/2582/enrolment").with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-agency=\"S4001\"")))
			.andExpect(content().string(containsString("id=\"population-form\"")))
			.andExpect(content().string(containsString("สถานศึกษาในสังกัด")));
		this.mvc
			.perform(get("/rounds/2582/enrolment").param("lang", "en")
				.with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(content().string(containsString("Minimum sample")));
		this.mvc
			.perform(post("/rounds/2582/enrolment").param("IIT", "64")
				.param("EIT", "90")
				.with(authentication(TestPrincipals.agencyAdmin("S4001")))
				.with(csrf()))
			.andExpect(redirectedUrl("/rounds/2582/enrolment"));
		assertThat(this.rounds.enrolment(2582, "S4001").orElseThrow().population(Instrument.IIT)).isEqualTo(64);
		this.mvc
			.perform(get("/rounds/2582/enrolment").param("agency", "4001")
				.with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/rounds/2582/enrolment").param("agency", "4001")
				.param("IIT", "1")
				.with(authentication(TestPrincipals.agencyAdmin("S4001")))
				.with(csrf()))
			.andExpect(status().isForbidden());
		createRound(round(2583, "\"COLLECTION\":" + window(today().minusDays(1), today().plusDays(5))));
		enrol(2583, "{\"agencies\": [\"S4001\"]}");
		this.mvc.perform(get("/rounds/2583/enrolment").with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(content().string(containsString("id=\"population-locked\"")))
			.andExpect(content().string(not(containsString("id=\"population-form\""))));
		this.mvc
			.perform(post("/rounds/2583/enrolment").param("IIT", "64")
				.with(authentication(TestPrincipals.agencyAdmin("S4001")))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("(COLLECTION)")));
	}

	@Test
	void historyImportPageReportsRowsInThaiAndEnglish() throws Exception {
		this.mvc.perform(get("/admin/history/import").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("นำเข้าผลการประเมินก่อนใช้ระบบ")));
		byte[] bad = "fiscal_year,agency_code,ita_score\n2565,NOPE,90\n".getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/admin/history/import").file(new MockMultipartFile("file", "h.csv", "text/csv", bad))
				.param("lang", "en")
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("data-error=\"unknown-agency\"")))
			.andExpect(content().string(containsString("No agency has the code NOPE.")));
	}

}
