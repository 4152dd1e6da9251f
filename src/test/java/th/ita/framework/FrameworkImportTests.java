package th.ita.framework;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Import, versions, round trip, immutability once pinned, and who may import. */
class FrameworkImportTests extends FrameworkTestSupport {

	@Autowired
	JdbcClient jdbc;

	private long audits(String action, String entityId) {
		return this.jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?")
			.params(action, entityId)
			.query(Long.class)
			.single();
	}

	@Test
	void defaultIsLoadedAndServedAsJson() throws Exception {
		FrameworkDefinition fw = this.catalog.definition(new FrameworkRef("ITA-ESA-2567", 1)).orElseThrow();
		assertThat(fw.indicators()).hasSize(10);
		assertThat(fw.items(Instrument.IIT)).hasSize(30);
		assertThat(fw.items(Instrument.EIT)).hasSize(15);
		assertThat(this.catalog.all()).anyMatch(s -> s.ref().code().equals("ITA-ESA-2567"));
		this.mvc.perform(get("/api/v1/frameworks/ITA-ESA-2567").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("ITA-ESA-2567"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.instruments[*].weight").value(org.hamcrest.Matchers.contains(30, 30, 40)))
			.andExpect(jsonPath("$.indicators.length()").value(10))
			.andExpect(jsonPath("$.indicators[8].subIndicators[0].code").value("9.1"))
			.andExpect(jsonPath("$.indicators[0].items[3].subItems[0].reverse").value(true));
		this.mvc.perform(get("/api/v1/frameworks").with(authentication(TestPrincipals.agencyEditor("S4001"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'ITA-ESA-2567')].version").value(org.hamcrest.Matchers.hasItem(1)));
		this.mvc.perform(get("/api/v1/frameworks/NO-SUCH").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void roundTripDefaultExportImportGivesTheSameTree() throws Exception {
		String yaml = this.mvc
			.perform(get("/api/v1/frameworks/ITA-ESA-2567/export").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/yaml"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String code = uniqueCode();
		String renamed = yaml.replace("code: ITA-ESA-2567", "code: " + code)
			.replaceFirst("(?m)^version: 1$", "version: 7");
		importAsAdmin(renamed).andExpect(status().isCreated());
		FrameworkDefinition original = this.catalog.definition(new FrameworkRef("ITA-ESA-2567", 1)).orElseThrow();
		FrameworkDefinition copy = this.catalog.definition(new FrameworkRef(code, 7)).orElseThrow();
		assertThat(copy.version()).isEqualTo(7);
		assertThat(new FrameworkDefinition("X", 1, copy.programme(), copy.fiscalYear(), copy.nameTh(), copy.nameEn(),
				copy.note(), copy.passMark(), copy.minimumGroupSize(), copy.gradeBands(), copy.instruments(),
				copy.respondentGroups(), copy.sampleRules(), copy.scales(), copy.failReasons(), copy.indicators()))
			.isEqualTo(new FrameworkDefinition("X", 1, original.programme(), original.fiscalYear(), original.nameTh(),
					original.nameEn(), original.note(), original.passMark(), original.minimumGroupSize(),
					original.gradeBands(), original.instruments(), original.respondentGroups(), original.sampleRules(),
					original.scales(), original.failReasons(), original.indicators()));
		assertThat(original.failReasons()).isNotEmpty();
	}

	@Test
	void sameContentIsUnchangedAndDifferentContentReplacesAnUnpinnedVersion() throws Exception {
		String code = uniqueCode();
		importAsAdmin(mini(code)).andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/frameworks/" + code + "?version=1"));
		importAsAdmin(mini(code)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("unchanged"));
		importAsAdmin(mini(code).replace("nameEn: Test framework", "nameEn: Renamed")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("replaced"));
		assertThat(this.catalog.definition(new FrameworkRef(code, 1)).orElseThrow().nameEn()).isEqualTo("Renamed");
		assertThat(audits("framework.imported", code + " v1")).isEqualTo(1);
		assertThat(audits("framework.replaced", code + " v1")).isEqualTo(1);
	}

	@Test
	void pinnedVersionNeverChangesButANewVersionCanBeImported() throws Exception {
		String code = uniqueCode();
		importAsAdmin(mini(code)).andExpect(status().isCreated());
		FrameworkRef ref = new FrameworkRef(code, 1);
		this.catalog.pin(ref);
		this.catalog.pin(ref);
		assertThat(this.catalog.find(ref).orElseThrow().pinned()).isTrue();
		assertThat(audits("framework.pinned", code + " v1")).isEqualTo(1);
		importAsAdmin(mini(code)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("unchanged"));
		importAsAdmin(mini(code).replace("passMark: 85", "passMark: 80")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("version"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("new version")));
		assertThat(this.catalog.definition(ref).orElseThrow().passMark()).isEqualByComparingTo("85");
		importAsAdmin(mini(code).replace("passMark: 85", "passMark: 80").replace("version: 1", "version: 2"))
			.andExpect(status().isCreated());
		assertThat(this.catalog.latest(code).orElseThrow().ref().version()).isEqualTo(2);
		this.mvc.perform(get("/api/v1/frameworks/" + code).with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.passMark").value(80));
		this.mvc
			.perform(get("/api/v1/frameworks/" + code).param("version", "1")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.passMark").value(85));
		assertThatThrownBy(() -> this.jdbc
			.sql("update framework_version set content_sha256 = repeat('0', 64) where code = ? and version = 1")
			.param(code)
			.update()).isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> this.catalog.pin(new FrameworkRef(code, 9)))
			.isInstanceOf(th.ita.shared.NotFoundException.class);
	}

	@Test
	void catalogAnswersSamplesAndGroups() {
		FrameworkRef ref = new FrameworkRef("ITA-ESA-2567", 1);
		assertThat(this.catalog.minimumSample(ref, Instrument.IIT, 70)).isEqualTo(25);
		assertThat(this.catalog.minimumSample(ref, Instrument.IIT, 12)).isEqualTo(12);
		assertThat(this.catalog.minimumSample(ref, Instrument.EIT, 400)).isEqualTo(40);
		assertThat(this.catalog.defaultPopulation(ref, Instrument.EIT)).isEqualTo(400);
		assertThat(this.catalog.respondentGroups(ref, Instrument.EIT)).extracting(RespondentGroup::code)
			.containsExactly("SERVICE_RECIPIENT", "SCHOOL");
	}

	@Test
	void multipartUploadWorks() throws Exception {
		String code = uniqueCode();
		this.mvc
			.perform(
					multipart("/api/v1/frameworks")
						.file(new MockMultipartFile("file", "fw.yaml", "application/yaml",
								mini(code).getBytes(StandardCharsets.UTF_8)))
						.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code));
	}

	@Test
	void onlySystemAdminsImport() throws Exception {
		String code = uniqueCode();
		this.mvc
			.perform(post("/api/v1/frameworks").contentType(YAML)
				.content(mini(code))
				.with(authentication(TestPrincipals.authentication("aa", "S4001", Role.AGENCY_ADMIN))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/frameworks").contentType(MediaType.parseMediaType("text/yaml")).content(mini(code)))
			.andExpect(status().isUnauthorized());
		assertThat(this.catalog.latest(code)).isEmpty();
	}

}
