package th.ita.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The per-framework mapping of published documents to OIT item codes. */
class OitItemMappingTests {

	final OitItemMapping mapping = OitItemMapping.load("shared/oit-items-test.properties");

	@Test
	void aFrameworkWithLinesUsesItsOwnCodesAndMissingDocumentsAnswerNothing() {
		assertThat(this.mapping.maps("ITA-NEW-2570")).isTrue();
		assertThat(this.mapping.items("ITA-NEW-2570", "GIFT_REPORT")).containsExactly("N41");
		assertThat(this.mapping.items("ITA-NEW-2570", "INTEGRITY_INTENT")).containsExactly("N40");
		// the new framework has no line for the No Gift Policy: it answers no item there
		assertThat(this.mapping.items("ITA-NEW-2570", "NO_GIFT_POLICY")).isEmpty();
	}

	@Test
	void theDefaultFrameworkAnswersForAFrameworkWithoutLines() {
		assertThat(this.mapping.defaultFramework()).isEqualTo("ITA-ESA-2567");
		assertThat(this.mapping.maps("ITA-OTHER-2569")).isFalse();
		assertThat(this.mapping.items("ITA-OTHER-2569", "GIFT_REPORT")).containsExactly("O27", "ESA-O1");
		assertThat(this.mapping.items("ITA-ESA-2567", "GIFT_REPORT")).containsExactly("O27", "ESA-O1");
		assertThat(this.mapping.items("ITA-ESA-2567", "INTEGRITY_INTENT")).isEmpty();
		assertThat(this.mapping.items("ITA-ESA-2567", "UNKNOWN")).isEmpty();
	}

	@Test
	void aMissingFileIsAnError() {
		assertThatIllegalStateException().isThrownBy(() -> OitItemMapping.load("shared/none.properties"));
	}

}
