package th.ita.scoring.snapshot;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import th.ita.agency.AgencySummary;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.assessment.Enrolment;
import th.ita.framework.AnswerScale;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.engine.ScoringInputs;
import th.ita.web.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk snapshot write ({@code COPY} after deleting the agencies' rows) stores what
 * the single-row upsert stores: the read path gives back every field, names with tabs,
 * backslashes and line breaks survive, a second write replaces the rows, and the stored
 * inputs score again to the stored numbers and fingerprints.
 */
class SnapshotCopyTests extends WebIntegrationTest {

	static final int YEAR = 2617;

	@Autowired
	SnapshotRows rows;

	@Autowired
	Recomputer recomputer;

	@Autowired
	FrameworkCatalog frameworks;

	@Test
	void aBulkWriteStoresAndReplacesSnapshotsAsTheReadPathReadsThem() {
		FrameworkDefinition framework = this.frameworks.definition(this.frameworks.all().get(0).ref()).orElseThrow();
		List<Snapshot> first = snapshots(framework, 1);
		this.rows.writeRows(first.stream().map(this.rows::encode).toList());
		check(first);
		List<Snapshot> second = snapshots(framework, 2);
		this.rows.writeRows(second.stream().map(this.rows::encode).toList());
		check(second);
		assertThat(this.rows.agencies(YEAR)).hasSize(3);
	}

	private void check(List<Snapshot> written) {
		for (Snapshot expected : written) {
			String code = expected.result().agencyCode();
			Snapshot stored = this.rows.find(YEAR, code).orElseThrow();
			AgencyResult r = stored.result();
			assertThat(stored.agency().nameTh()).isEqualTo(expected.agency().nameTh());
			assertThat(stored.agency().nameEn()).isEqualTo(expected.agency().nameEn());
			assertThat(stored.inputs()).isEqualTo(expected.inputs());
			assertThat(stored.computedAt()).isEqualTo(expected.computedAt());
			assertThat(stored.rulesFingerprint()).isEqualTo(expected.rulesFingerprint());
			assertThat(r.inputsFingerprint()).isEqualTo(expected.result().inputsFingerprint());
			assertThat(r.ita()).isEqualByComparingTo(expected.result().ita());
			assertThat(r.grade()).isEqualTo(expected.result().grade());
			// the compact card gives back every field of the items and indicators
			var numbers = org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
				.withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
				.build();
			// items come back at their display precision (StoredCards.compact), every
			// other
			// field as written
			assertThat(r.items()).usingRecursiveFieldByFieldElementComparator(numbers)
				.containsExactlyElementsOf(expected.result()
					.items()
					.stream()
					.map(i -> new AgencyResult.ItemResult(i.code(), i.indicator(), i.parent(), i.leaf(), i.textTh(),
							i.textEn(), i.rounded(), i.rounded(), i.validAnswers()))
					.toList());
			assertThat(r.indicators()).usingRecursiveFieldByFieldElementComparator(numbers)
				.containsExactlyElementsOf(expected.result().indicators());
			assertThat(r.instruments()).usingRecursiveFieldByFieldElementComparator(numbers)
				.containsExactlyElementsOf(expected.result().instruments());
			var card = this.recomputer.rescore(r.framework(), stored.inputs());
			assertThat(stored.sameFingerprints(card)).isTrue();
			assertThat(Reproducibility.same(r, card)).isTrue();
			assertThat(this.rows.findResult(YEAR, code).orElseThrow().ita()).isEqualByComparingTo(r.ita());
		}
	}

	private static List<Snapshot> snapshots(FrameworkDefinition framework, int seed) {
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		List<Snapshot> out = new ArrayList<>();
		String[] names = { "หน่วยงาน\tแท็บ", "back\\slash \\N", "สอง\nบรรทัด\r" };
		for (int a = 0; a < names.length; a++) {
			ScoringInputs.Builder inputs = ScoringInputs.builder();
			for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
				for (Item leaf : framework.leafItems(instrument)) {
					AnswerScale scale = framework.scale(leaf.scale()).orElseThrow();
					inputs.answers(String.valueOf(leaf.code()), scale.options().get(0).value(), seed + a);
					inputs.answers(String.valueOf(leaf.code()), scale.options().get(scale.options().size() - 1).value(),
							3);
				}
				inputs.respondents(instrument, seed + a + 3);
			}
			List<Item> oit = framework.leafItems(Instrument.OIT);
			for (int i = 0; i < oit.size(); i++) {
				inputs.oit(String.valueOf(oit.get(i).code()), (i + seed) % 3 != 0);
			}
			String code = "C26170" + a;
			AgencySummary agency = new AgencySummary(code, names[a], (a == 0) ? null : names[a] + " en", null,
					AgencyType.values()[a % AgencyType.values().length], "ขอนแก่น", Region.NORTHEAST, null, null);
			Enrolment enrolment = new Enrolment(YEAR, "OBEC-ESA", code, Map.of(Instrument.IIT, 10, Instrument.EIT, 20),
					Map.of(Instrument.IIT, 5, Instrument.EIT, 6), at);
			out.add(Recomputer.snapshot("OBEC-ESA", agency, enrolment, framework, inputs.build(), at));
		}
		return out;
	}

}
