package th.ita.framework;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.framework.domain.FrameworkYaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fail reasons as framework data: the common list and an OIT item's own, validated with
 * paths, served as JSON, exported and re-imported unchanged, and valid for the schema.
 */
class FrameworkFailReasonTests extends FrameworkTestSupport {

	private static final String COMMON = """
			failReasons:
			- code: BROKEN_LINK
			  textTh: ลิงก์ใช้งานไม่ได้
			  textEn: The link does not work
			- code: NOT_PUBLIC
			  textTh: ไม่เปิดเผย
			indicators:
			""";

	private static final String OWN = """
			        period: FISCAL_YEAR
			        failReasons:
			        - code: NO_REPORT
			          textTh: ไม่มีรายงาน
			          textEn: No report
			""";

	/** The mini framework with common reasons and one of item x1's own. */
	static String withReasons(String code) {
		String yaml = mini(code);
		assertThat(yaml).contains("indicators:\n").endsWith("        period: FISCAL_YEAR\n");
		return yaml.replaceFirst("(?m)^indicators:\n", COMMON).replace("        period: FISCAL_YEAR\n", OWN);
	}

	@Test
	void reasonsAreServedOfferedPerItemAndRoundTrip() throws Exception {
		String code = uniqueCode();
		importAsAdmin(withReasons(code)).andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/frameworks/" + code).with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.failReasons[0].code").value("BROKEN_LINK"))
			.andExpect(jsonPath("$.failReasons[1].textTh").value("ไม่เปิดเผย"))
			.andExpect(jsonPath("$.indicators[1].subIndicators[0].items[0].evidence.failReasons[0].code")
				.value("NO_REPORT"));
		FrameworkDefinition stored = this.catalog.definition(new FrameworkRef(code, 1)).orElseThrow();
		assertThat(stored.failReasons("x1")).extracting(FailReason::code)
			.containsExactly("NO_REPORT", "BROKEN_LINK", "NOT_PUBLIC");
		assertThat(stored.failReasons("q1")).extracting(FailReason::code).containsExactly("BROKEN_LINK", "NOT_PUBLIC");

		String exported = this.mvc
			.perform(get("/api/v1/frameworks/" + code + "/export").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(FrameworkSchemaTests.schema().validate(FrameworkSchemaTests.yaml(exported))).isEmpty();
		String copy = uniqueCode();
		importAsAdmin(exported.replace("code: " + code, "code: " + copy)).andExpect(status().isCreated());
		FrameworkDefinition again = this.catalog.definition(new FrameworkRef(copy, 1)).orElseThrow();
		assertThat(FrameworkYaml.toJson(again).replace(copy, code)).isEqualTo(FrameworkYaml.toJson(stored));
	}

	@Test
	void theDefaultShipsTheCommonReasons() {
		assertThat(FrameworkDefinitionTests.DEFAULT.failReasons()).extracting(FailReason::code)
			.containsExactly("NOT_FOUND", "BROKEN_LINK", "WRONG_PERIOD", "INCOMPLETE", "WRONG_CONTENT", "NOT_PUBLIC");
		assertThat(FrameworkDefinitionTests.DEFAULT.failReasons())
			.allMatch(r -> r.textTh() != null && r.textEn() != null);
		assertThat(FrameworkDefinitionTests.DEFAULT.failReasons("O1")).hasSize(6);
	}

	@Test
	void duplicateCommonCodeNamesThePath() throws Exception {
		rejected(withReasons(uniqueCode()).replace("code: NOT_PUBLIC", "code: BROKEN_LINK"), "failReasons[1].code",
				"duplicate-code");
	}

	@Test
	void anItemReasonMayNotRepeatACommonCode() throws Exception {
		rejected(withReasons(uniqueCode()).replace("code: NO_REPORT", "code: NOT_PUBLIC"),
				"indicators[1].subIndicators[0].items[0].evidence.failReasons[0].code", "duplicate-code");
	}

	@Test
	void missingThaiTextNamesThePath() throws Exception {
		rejected(withReasons(uniqueCode()).replace("  textTh: ไม่เปิดเผย\n", ""), "failReasons[1].textTh",
				"thai-missing");
		rejected(withReasons(uniqueCode()).replace("          textTh: ไม่มีรายงาน\n", ""),
				"indicators[1].subIndicators[0].items[0].evidence.failReasons[0].textTh", "thai-missing");
	}

	@Test
	void malformedOrMissingCode() throws Exception {
		rejected(withReasons(uniqueCode()).replace("code: BROKEN_LINK", "code: \"bad code\""), "failReasons[0].code",
				"code-format");
		rejected(withReasons(uniqueCode()).replace("- code: NOT_PUBLIC\n  textTh", "- textTh"), "failReasons[1].code",
				"required");
	}

	private void rejected(String yaml, String path, String code) throws Exception {
		String fw = yaml.lines().filter(l -> l.startsWith("code: ")).findFirst().orElseThrow().substring(6);
		importAsAdmin(yaml).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.path == '" + path + "')].code").value(hasItem(code)));
		assertThat(this.catalog.latest(fw)).isEmpty();
	}

}
