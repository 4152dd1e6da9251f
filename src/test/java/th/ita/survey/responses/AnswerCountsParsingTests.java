package th.ita.survey.responses;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer-count rows as the round read parses them from the driver's bytes: the number
 * arrays and the item codes of {@code array_to_string}, each code one string per read
 * however many rows repeat it.
 */
class AnswerCountsParsingTests {

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void numbersAsPostgresPrintsThem() {
		assertThat(AnswerCounts.ints(utf8(""))).isEmpty();
		assertThat(AnswerCounts.ints(utf8("7"))).containsExactly(7);
		assertThat(AnswerCounts.ints(utf8("0 4 -3 120 2147483647 -2147483647"))).containsExactly(0, 4, -3, 120,
				Integer.MAX_VALUE, -Integer.MAX_VALUE);
	}

	@Test
	void itemCodesAreSplitOnTheUnitSeparatorAndSharedAcrossRows() {
		AnswerCounts.ItemCodes codes = new AnswerCounts.ItemCodes();
		assertThat(codes.split(utf8(""))).isEmpty();
		String[] first = codes.split(utf8("i1\u001fi2.1\u001fข้อ 3\u001fi1"));
		String[] second = codes.split(utf8("i2.1\u001fi1\u001f\u001fข้อ 3"));
		assertThat(first).containsExactly("i1", "i2.1", "ข้อ 3", "i1");
		assertThat(second).containsExactly("i2.1", "i1", "", "ข้อ 3");
		assertThat(second[0]).isSameAs(first[1]);
		assertThat(second[1]).isSameAs(first[0]).isSameAs(first[3]);
		assertThat(second[3]).isSameAs(first[2]);
		assertThat(codes.size()).isEqualTo(4);
	}

	@Test
	void aReadOfManyCodesKeepsEachOnce() {
		AnswerCounts.ItemCodes codes = new AnswerCounts.ItemCodes();
		List<String> all = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			all.add("E" + i + "." + (i % 7));
		}
		String[] read = codes.split(utf8(String.join("\u001f", all)));
		List<String> reversed = new ArrayList<>(all);
		java.util.Collections.reverse(reversed);
		String[] again = codes.split(utf8(String.join("\u001f", reversed)));
		assertThat(read).containsExactlyElementsOf(all);
		assertThat(codes.size()).isEqualTo(2_000);
		for (int i = 0; i < read.length; i++) {
			assertThat(again[read.length - 1 - i]).isSameAs(read[i]);
		}
	}

}
