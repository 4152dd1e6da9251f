package th.ita.framework;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One test per validation error: each file is rejected with the path and the reason,
 * every problem at once, and nothing of it is stored.
 */
class FrameworkValidationTests extends FrameworkTestSupport {

	/**
	 * Imports the mini framework with one replacement and expects a 422 naming the path.
	 */
	private ResultActions rejected(String from, String to, String path, String code) throws Exception {
		String fw = uniqueCode();
		String yaml = mini(fw);
		assertThat(yaml).contains(from);
		ResultActions result = importAsAdmin(yaml.replace(from, to)).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.path == '" + path + "')].code").value(hasItem(code)))
			.andExpect(jsonPath("$.errors[0].message").isString());
		assertNothingStored(fw);
		return result;
	}

	private void assertNothingStored(String code) {
		assertThat(this.catalog.latest(code)).isEmpty();
		assertThat(this.catalog.all()).noneMatch(s -> s.ref().code().equals(code));
	}

	@Test
	void theMiniFrameworkIsValid() throws Exception {
		String code = uniqueCode();
		importAsAdmin(mini(code)).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("created"));
		assertThat(this.catalog.latest(code)).isPresent();
	}

	@Test
	void duplicateCodes() throws Exception {
		rejected("code: q2.2", "code: q1", "indicators[0].items[1].subItems[1].code", "duplicate-code");
	}

	@Test
	void unknownScale() throws Exception {
		rejected("scale: LIKERT4", "scale: LIKERT5", "indicators[0].items[0].scale", "unknown-scale");
	}

	@Test
	void missingThaiText() throws Exception {
		rejected("textTh: ข้อหนึ่ง", "textEn: Item one", "indicators[0].items[0].textTh", "thai-missing");
	}

	@Test
	void negativeWeight() throws Exception {
		rejected("weight: 2", "weight: -2", "indicators[0].items[1].weight", "weight-negative");
	}

	@Test
	void allWeightsZero() throws Exception {
		rejected("weight: 60", "weight: 0", "instruments", "weights-all-zero", "weight: 40", "weight: 0");
	}

	private void rejected(String from, String to, String path, String code, String from2, String to2) throws Exception {
		String fw = uniqueCode();
		importAsAdmin(mini(fw).replace(from, to).replace(from2, to2)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.path == '" + path + "')].code").value(hasItem(code)));
		assertNothingStored(fw);
	}

	@Test
	void indicatorWithoutItems() throws Exception {
		rejected("""
				  subIndicators:
				  - code: "2.1"
				    nameTh: ย่อยหนึ่ง
				    items:
				    - code: x1
				      textTh: ข้อเปิดเผย
				      evidence:
				        textTh: หลักฐาน
				        period: FISCAL_YEAR
				""", "  items: []\n", "indicators[1].items", "no-items");
	}

	@Test
	void gradeBandGap() throws Exception {
		rejected("max: 84.99", "max: 84.00", "gradeBands[0].min", "band-gap");
	}

	@Test
	void gradeBandOverlap() throws Exception {
		rejected("max: 84.99", "max: 90.00", "gradeBands[0].min", "band-overlap");
	}

	@Test
	void unknownInstrument() throws Exception {
		rejected("instrument: OIT\n  nameTh: ตัวชี้วัดสอง", "instrument: XIT\n  nameTh: ตัวชี้วัดสอง",
				"indicators[1].instrument", "unknown-instrument");
	}

	@Test
	void indicatorNumbersMustBeOneToN() throws Exception {
		rejected("number: 2", "number: 3", "indicators[1].number", "indicator-number");
	}

	@Test
	void allProblemsAreReportedAtOnce() throws Exception {
		String fw = uniqueCode();
		importAsAdmin(mini(fw).replace("scale: LIKERT4", "scale: NOPE").replace("weight: 2", "weight: -1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers
				.containsInAnyOrder("indicators[0].items[0].scale", "indicators[0].items[1].weight")));
		assertNothingStored(fw);
	}

	@Test
	void yamlThatDoesNotParseGivesLineAndColumn() throws Exception {
		String fw = uniqueCode();
		importAsAdmin(mini(fw).replace("passMark: 85", "passMark: [85")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("syntax"))
			.andExpect(jsonPath("$.errors[0].line").isNumber())
			.andExpect(jsonPath("$.errors[0].column").isNumber());
		assertNothingStored(fw);
	}

	@Test
	void wrongTypeNamesThePath() throws Exception {
		String fw = uniqueCode();
		importAsAdmin(mini(fw).replace("weight: 2", "weight: heavy")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].path").value("indicators[0].items[1].weight"));
		assertNothingStored(fw);
	}

	@Test
	void fileOverOneMegabyteIs413() throws Exception {
		String fw = uniqueCode();
		String padding = "#" + "x".repeat(1024 * 1024) + "\n";
		importAsAdmin(mini(fw) + padding).andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.maxBytes").value(1024 * 1024));
		assertNothingStored(fw);
	}

}
