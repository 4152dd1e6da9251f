package th.ita.scoring.results;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written JSON of the results API's items and framework texts is the records'
 * default form: the same bytes as Jackson's bean writing with the annotations off.
 */
class ResultsJsonTests {

	private static final JsonMapper WRITERS = JsonMapper.builder().build();

	private static final JsonMapper DEFAULT = JsonMapper.builder().disable(MapperFeature.USE_ANNOTATIONS).build();

	@Test
	void itemsAndTextsAreWrittenAsTheirDefaultForm() {
		List<ResultsJson.Item> items = List.of(
				new ResultsJson.Item("1.2", 1, null, "บุคลากรในหน่วยงาน \"ปฏิบัติงาน\" ตามขั้นตอน\n",
						"Staff follow the procedures", new BigDecimal("97.50"), 120),
				new ResultsJson.Item("9.1.a", 9, "9.1", null, null, null, 0),
				new ResultsJson.Item("3", 3, "", "ข้อ 3 \\ ทดสอบ", "Item 3 \u001f", new BigDecimal("0.00"), 7));
		for (int pass = 0; pass < 2; pass++) {
			// the second pass writes the texts kept from the first
			assertThat(WRITERS.writeValueAsString(items)).isEqualTo(DEFAULT.writeValueAsString(items));
		}
		ResultsJson.Weak weak = new ResultsJson.Weak(2, "การใช้งบประมาณ", null, new BigDecimal("84.99"), items);
		assertThat(WRITERS.writeValueAsString(weak)).isEqualTo(DEFAULT.writeValueAsString(weak));
		ResultsJson.Indicator indicator = new ResultsJson.Indicator(10, "10", "OIT", "การป้องกันการทุจริต", null, null,
				null, true);
		assertThat(WRITERS.writeValueAsString(indicator)).isEqualTo(DEFAULT.writeValueAsString(indicator));
	}

}
