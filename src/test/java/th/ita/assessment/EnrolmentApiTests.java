package th.ita.assessment;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencyType;
import th.ita.framework.Instrument;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Enrolment by list and by type, populations and minimum samples, scope and phase. */
class EnrolmentApiTests extends AssessmentTestSupport {

	@Autowired
	Rounds rounds;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void enrolsByListWithPopulationsAndComputesMinimumSamples() throws Exception {
		createFutureRound(2574);
		enrol(2574, """
				{"agencies": ["S4001", "1001", "1101"],
				 "population": {"S4001": {"IIT": 200, "EIT": 400}, "1001": {"IIT": 20, "EIT": 50}}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added.length()").value(3))
			.andExpect(jsonPath("$.total").value(3));
		Enrolment s4001 = this.rounds.enrolment(2574, "S4001").orElseThrow();
		assertThat(s4001.population(Instrument.IIT)).isEqualTo(200);
		// ITA-ESA-2567's rules: IIT everyone below 25, else 25 % (at least 25); EIT
		// everyone
		// below 30, else 10 % (at least 30, at most 400), default population 400.
		assertThat(s4001.minimumSample(Instrument.IIT)).isEqualTo(50);
		assertThat(s4001.minimumSample(Instrument.EIT)).isEqualTo(40);
		Enrolment small = this.rounds.enrolment(2574, "1001").orElseThrow();
		assertThat(small.minimumSample(Instrument.IIT)).isEqualTo(20);
		assertThat(small.minimumSample(Instrument.EIT)).isEqualTo(30);
		Enrolment defaults = this.rounds.enrolment(2574, "1101").orElseThrow();
		Integer staff = this.agencies.find("1101").orElseThrow().staffCount();
		assertThat(defaults.population(Instrument.IIT)).isEqualTo((staff != null) ? staff : 0);
		assertThat(defaults.population(Instrument.EIT)).isEqualTo(400);
		assertThat(defaults.minimumSample(Instrument.EIT)).isEqualTo(40);
		// Idempotent: enrolling again changes nothing.
		enrol(2574, "{\"agencies\": [\"S4001\", \"1001\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.added.length()").value(0))
			.andExpect(jsonPath("$.unchanged.length()").value(2))
			.andExpect(jsonPath("$.total").value(3));
		assertThat(this.rounds.enrolment(2574, "S4001").orElseThrow().population(Instrument.IIT)).isEqualTo(200);
		this.mvc.perform(get("/api/v1/rounds/2574").with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.enrolments").value(3));
	}

	@Test
	void enrolsByType() throws Exception {
		createFutureRound(2575);
		long secondary = this.agencies.all().stream().filter(a -> a.type() == AgencyType.SECONDARY_ESA).count();
		enrol(2575, "{\"types\": [\"SECONDARY_ESA\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value((int) secondary));
		assertThat(secondary).isGreaterThanOrEqualTo(62);
		assertThat(this.rounds.enrolments(2575))
			.allSatisfy(e -> assertThat(this.agencies.find(e.agencyCode()).orElseThrow().type())
				.isEqualTo(AgencyType.SECONDARY_ESA));
		enrol(2575, "{\"types\": [\"NO_SUCH_TYPE\"]}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("types"));
	}

	@Test
	void unknownAgenciesAre422ListingThemAndEnrolNothing() throws Exception {
		createFutureRound(2576);
		enrol(2576, "{\"agencies\": [\"S4001\", \"NOPE1\", \"NOPE2\"]}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("agencies"))
			.andExpect(jsonPath("$.unknown[0]").value("NOPE1"))
			.andExpect(jsonPath("$.unknown[1]").value("NOPE2"))
			.andExpect(jsonPath("$.detail", containsString("NOPE2")));
		assertThat(this.rounds.enrolments(2576)).isEmpty();
		enrol(2576, "{\"agencies\": [\"S4001\"], \"population\": {\"S4001\": {\"IIT\": -1}}}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("population.S4001.IIT"));
		enrol(2576, "{\"agencies\": [\"S4001\"], \"population\": {\"1001\": {\"IIT\": 5}}}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("population.1001"));
		assertThat(this.rounds.enrolments(2576)).isEmpty();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/rounds/2576/enrolments")
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"agencies\": [\"S4001\"]}")
				.with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void agencyUsersSeeAndEditOnlyTheirOwnEnrolment() throws Exception {
		createFutureRound(2578);
		enrol(2578, "{\"agencies\": [\"S4001\", \"4001\"]}").andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/rounds/2578/enrolments").with(authentication(TestPrincipals.agencyEditor("S4001"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].agencyCode").value("S4001"));
		this.mvc.perform(get("/api/v1/rounds/2578/enrolments").with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.length()").value(2));
		this.mvc
			.perform(get("/api/v1/rounds/2578/enrolments/4001")
				.with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isForbidden());
		putPopulation(2578, "4001", "{\"IIT\": 99}", TestPrincipals.agencyAdmin("S4001"))
			.andExpect(status().isForbidden());
		putPopulation(2578, "S4001", "{\"IIT\": 99}", TestPrincipals.agencyEditor("S4001"))
			.andExpect(status().isForbidden());
		putPopulation(2578, "S4001", "{\"IIT\": 150, \"EIT\": 80}", TestPrincipals.agencyAdmin("S4001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.population.IIT").value(150))
			.andExpect(jsonPath("$.minimumSample.IIT").value(38))
			.andExpect(jsonPath("$.minimumSample.EIT").value(30));
		putPopulation(2578, "S4001", "{\"IIT\": \"many\"}", TestPrincipals.agencyAdmin("S4001"))
			.andExpect(status().isBadRequest());
		putPopulation(2578, "S4001", "{\"OIT\": 3}", TestPrincipals.agencyAdmin("S4001"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("population.OIT"));
		assertThat(this.rounds.enrolment(2578, "4001").orElseThrow().population(Instrument.IIT)).isNotEqualTo(99);
		assertThat(audits("enrolment.population-changed", "OBEC-ESA/2578/S4001")).isEqualTo(1);
		this.mvc
			.perform(get("/api/v1/rounds/2578/enrolments/S4001")
				.with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.population.EIT").value(80));
	}

	@Test
	void populationIsLockedOnceCollectionHasOpened() throws Exception {
		createRound(round(2579, "\"COLLECTION\":" + window(today().minusDays(1), today().plusDays(30))));
		enrol(2579, "{\"agencies\": [\"S4001\"]}").andExpect(status().isOk());
		String from = today().minusDays(1).toString();
		putPopulation(2579, "S4001", "{\"IIT\": 75}", TestPrincipals.agencyAdmin("S4001"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("windows.COLLECTION"))
			.andExpect(jsonPath("$.detail", containsString("(COLLECTION)")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/rounds/2579/enrolments/S4001/population")
				.param("lang", "en")
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"IIT\": 75}")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Allowed only before the COLLECTION window opens on " + from));
		enrol(2579, "{\"agencies\": [\"S4001\"], \"population\": {\"S4001\": {\"IIT\": 75}}}")
			.andExpect(status().isConflict());
		assertThat(this.rounds.enrolment(2579, "S4001").orElseThrow().population(Instrument.IIT)).isNotEqualTo(75);
	}

}
