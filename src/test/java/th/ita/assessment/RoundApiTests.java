package th.ita.assessment;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rounds and calendars through the API, and the window checks of {@link Rounds}. */
@RecordApplicationEvents
class RoundApiTests extends AssessmentTestSupport {

	@Autowired
	Rounds rounds;

	@Autowired
	ApplicationEvents events;

	@Test
	void createsListsAndReadsARound() throws Exception {
		createRound(round(2570,
				"\"COLLECTION\":" + window(today().minusDays(1), today().plusDays(1)) + ",\"OIT_SUBMISSION\":"
						+ window(today().plusDays(5), today().plusDays(10))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/rounds/2570"))
			.andExpect(jsonPath("$.fiscalYear").value(2570))
			.andExpect(jsonPath("$.framework.code").value("ITA-ESA-2567"))
			.andExpect(jsonPath("$.framework.version").value(1))
			.andExpect(jsonPath("$.windows.COLLECTION.from").value(today().minusDays(1).toString()));
		assertThat(this.events.stream(RoundOpened.class))
			.contains(new RoundOpened(2570, "OBEC-ESA", new th.ita.framework.FrameworkRef("ITA-ESA-2567", 1)));
		this.mvc.perform(get("/api/v1/rounds").with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].fiscalYear", hasItem(2570)));
		this.mvc.perform(get("/api/v1/rounds/2570").with(authentication(TestPrincipals.agencyEditor("S4001"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.programme").value("OBEC-ESA"))
			.andExpect(jsonPath("$.synthetic").value(false))
			.andExpect(jsonPath("$.windows.COLLECTION.open").value(true))
			.andExpect(jsonPath("$.windows.OIT_SUBMISSION.open").value(false))
			.andExpect(jsonPath("$.windows.PUBLICATION").doesNotExist())
			.andExpect(jsonPath("$.open[0]").value("COLLECTION"))
			.andExpect(jsonPath("$.open.length()").value(1))
			.andExpect(jsonPath("$.enrolments").value(0));
		this.mvc.perform(get("/api/v1/rounds/2599").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void duplicateRoundIs409AndOnlyAdminsCreate() throws Exception {
		createRound(round(2571, "")).andExpect(status().isCreated());
		createRound(round(2571, "")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("fiscalYear"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/rounds")
				.contentType(MediaType.APPLICATION_JSON)
				.content(round(2572, ""))
				.with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isForbidden());
		assertThat(this.rounds.find(2572)).isEmpty();
	}

	@Test
	void invalidRoundsAre422NamingTheField() throws Exception {
		createRound(round(2572, "").replace("ITA-ESA-2567", "NO-SUCH")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("framework"));
		createRound(round(2572, "").replace("\"calendar\"", "\"frameworkVersion\":9,\"calendar\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("frameworkVersion"));
		createRound(round(2559, "")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("fiscalYear"));
		createRound(round(2701, "")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("fiscalYear"));
		createRound(round(2572, "\"COLLECTION\":" + window(today(), today().minusDays(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("windows.COLLECTION.to"))
			.andExpect(jsonPath("$.errors[0].field").value("windows.COLLECTION.to"));
		createRound(round(2572, "\"HOLIDAY\":" + window(today(), today()))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("windows.HOLIDAY"));
		createRound(round(2572, "\"PUBLICATION\":{\"from\":\"" + today() + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("windows.PUBLICATION.to"));
		assertThat(this.rounds.find(2572)).isEmpty();
	}

	@Test
	void calendarEditIsValidatedAuditedAndPublished() throws Exception {
		createRound(round(2573, "\"COLLECTION\":" + window(today().plusDays(10), today().plusDays(20))))
			.andExpect(status().isCreated());
		assertThat(this.rounds.isOpen(2573, Activity.COLLECTION)).isFalse();
		String open = "{\"windows\":{\"COLLECTION\":" + window(today().minusDays(2), today().plusDays(20))
				+ ",\"PUBLICATION\":" + window(today().plusDays(60), today().plusDays(61)) + "}}";
		this.mvc
			.perform(put("/api/v1/rounds/2573/calendar").contentType(MediaType.APPLICATION_JSON)
				.content(open)
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.windows.COLLECTION.open").value(true))
			.andExpect(jsonPath("$.windows.PUBLICATION.open").value(false));
		assertThat(this.rounds.isOpen(2573, Activity.COLLECTION)).isTrue();
		assertThat(audits("round.calendar-changed", "OBEC-ESA/2573")).isEqualTo(1);
		String before = this.jdbc
			.sql("select before_state::text from audit_entry where action = 'round.calendar-changed' "
					+ "and entity_id = 'OBEC-ESA/2573'")
			.query(String.class)
			.single();
		assertThat(before).contains(today().plusDays(10).toString()).doesNotContain("PUBLICATION");
		assertThat(this.events.stream(CalendarChanged.class)).contains(new CalendarChanged(2573, "OBEC-ESA"));
		this.mvc
			.perform(put("/api/v1/rounds/2573/calendar").contentType(MediaType.APPLICATION_JSON)
				.content("{\"windows\":{\"COLLECTION\":" + window(today(), today().minusDays(3)) + "}}")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("windows.COLLECTION.to"));
		this.mvc
			.perform(put("/api/v1/rounds/2573/calendar").contentType(MediaType.APPLICATION_JSON)
				.content("{\"windows\":{}}")
				.with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isForbidden());
		assertThat(this.rounds.isOpen(2573, Activity.COLLECTION)).isTrue();
		assertThat(audits("round.calendar-changed", "OBEC-ESA/2573")).isEqualTo(1);
	}

	@Test
	void requireOpenNamesTheWindowAndItsDatesInTheUsersLanguage() throws Exception {
		var submission = new Window(today().plusDays(5), today().plusDays(40));
		createRound(round(2577,
				"\"COLLECTION\":" + window(today().minusDays(3), today()) + ",\"OIT_SUBMISSION\":"
						+ window(submission.from(), submission.to()) + ",\"OIT_REVIEW\":"
						+ window(today().minusDays(30), today().minusDays(1))))
			.andExpect(status().isCreated());
		this.rounds.requireOpen(2577, Activity.COLLECTION);
		assertThat(this.rounds.isOpen(2577, Activity.COLLECTION)).isTrue();
		assertThat(this.rounds.isOpen(2577, Activity.OIT_SUBMISSION)).isFalse();
		assertThat(this.rounds.isOpen(2577, Activity.OIT_REVIEW)).isFalse();
		assertThat(this.rounds.isOpen(2577, Activity.PUBLICATION)).isFalse();
		try {
			LocaleContextHolder.setLocale(Locale.ENGLISH);
			assertThatThrownBy(() -> this.rounds.requireOpen(2577, Activity.OIT_SUBMISSION))
				.isInstanceOf(WindowClosedException.class)
				.hasMessage("The OIT_SUBMISSION window runs " + submission.from() + " to " + submission.to());
			assertThatThrownBy(() -> this.rounds.requireOpen(2577, Activity.OIT_REVIEW))
				.isInstanceOf(WindowClosedException.class)
				.hasMessageContaining("OIT_REVIEW");
			assertThatThrownBy(() -> this.rounds.requireOpen(2577, Activity.PUBLICATION))
				.isInstanceOf(WindowClosedException.class)
				.hasMessageContaining("PUBLICATION")
				.hasMessageContaining("not scheduled");
			LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
			assertThatThrownBy(() -> this.rounds.requireOpen(2577, Activity.OIT_SUBMISSION))
				.isInstanceOf(WindowClosedException.class)
				.hasMessage("ช่วงส่งหลักฐาน OIT (OIT_SUBMISSION) เปิด "
						+ th.ita.shared.ThaiDates.formatShort(submission.from(), Locale.forLanguageTag("th")) + " ถึง "
						+ th.ita.shared.ThaiDates.formatShort(submission.to(), Locale.forLanguageTag("th")))
				.satisfies(ex -> assertThat(((WindowClosedException) ex).field()).isEqualTo("windows.OIT_SUBMISSION"));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		assertThatThrownBy(() -> this.rounds.requireOpen(2598, Activity.COLLECTION))
			.isInstanceOf(NotFoundException.class);
	}

}
