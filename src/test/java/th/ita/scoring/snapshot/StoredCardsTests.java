package th.ita.scoring.snapshot;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stored card's items as JSON arrays {@code [code, score, validAnswers]}: written and
 * read token by token, in the form cards stored before had (the annotated record's array
 * form), nulls and 2-decimal scores kept as they are.
 */
class StoredCardsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void itemsAreWrittenAndReadAsArrays() {
		List<StoredCards.StoredItem> items = List.of(new StoredCards.StoredItem("1.2", new BigDecimal("97.50"), 120),
				new StoredCards.StoredItem("9.1.a", null, 0),
				new StoredCards.StoredItem("3", new BigDecimal("0.00"), 7));
		String json = JSON.writeValueAsString(items);
		assertThat(json).isEqualTo("[[\"1.2\",97.50,120],[\"9.1.a\",null,0],[\"3\",0.00,7]]");
		List<StoredCards.StoredItem> read = JSON.readValue(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				new TypeReference<List<StoredCards.StoredItem>>() {
				});
		assertThat(read).isEqualTo(items);
		assertThat(read.get(0).score()).hasToString("97.50");
		// a numeric code (hand-edited or older rows) reads as its text
		assertThat(JSON.readValue("[12,1.5,3]", StoredCards.StoredItem.class))
			.isEqualTo(new StoredCards.StoredItem("12", new BigDecimal("1.5"), 3));
	}

	@Test
	void aMalformedItemIsRefused() {
		assertThatThrownBy(() -> JSON.readValue("[\"1.2\",97.5,120,4]", StoredCards.StoredItem.class))
			.isInstanceOf(tools.jackson.core.JacksonException.class);
		assertThatThrownBy(() -> JSON.readValue("{\"code\":\"1.2\"}", StoredCards.StoredItem.class))
			.isInstanceOf(tools.jackson.core.JacksonException.class);
	}

}
