package th.ita.integrity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.shared.OitItemMapping;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped mappings of published documents to OIT items (integrity and planning) name
 * only OIT items that the ITA-ESA-2567 framework has, and give its known codes.
 */
class IntegrityOitMappingTests extends IntegrityTestSupport {

	@Autowired
	FrameworkCatalog frameworks;

	@Test
	void shippedMappingsNameOitItemsOfTheirFramework() {
		var summary = this.frameworks.latest("ITA-ESA-2567").orElseThrow();
		Set<String> oit = this.frameworks.definition(summary.ref())
			.orElseThrow()
			.leafItems(Instrument.OIT)
			.stream()
			.map(Item::code)
			.collect(Collectors.toSet());
		OitItemMapping integrity = OitItemMapping.load("integrity/oit-items.properties");
		OitItemMapping planning = OitItemMapping.load("planning/oit-items.properties");
		assertThat(integrity.defaultFramework()).isEqualTo("ITA-ESA-2567");
		assertThat(planning.defaultFramework()).isEqualTo("ITA-ESA-2567");
		for (IntegrityDocument d : IntegrityDocument.values()) {
			assertThat(oit).containsAll(integrity.items("ITA-ESA-2567", d.name()));
		}
		assertThat(integrity.items("ITA-ESA-2567", "GIFT_REPORT")).containsExactly("O27", "ESA-O1");
		assertThat(integrity.items("ITA-ESA-2567", "NO_GIFT_POLICY")).containsExactly("O25");
		assertThat(integrity.items("ITA-ESA-2567", "INTEGRITY_INTENT")).isEmpty();
		for (String key : List.of("INTEGRITY.plan", "INTEGRITY.progress", "ANTI_CORRUPTION.plan",
				"ANTI_CORRUPTION.progress")) {
			assertThat(planning.items("ITA-ESA-2567", key)).hasSize(1);
			assertThat(oit).containsAll(planning.items("ITA-ESA-2567", key));
		}
		assertThat(planning.items("ITA-ESA-2567", "INTEGRITY.plan")).containsExactly("O32");
	}

}
