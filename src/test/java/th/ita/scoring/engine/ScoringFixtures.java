package th.ita.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import th.ita.framework.EvidencePeriod;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.GradeBand;
import th.ita.framework.Indicator;
import th.ita.framework.Instrument;
import th.ita.framework.InstrumentWeight;
import th.ita.framework.Item;
import th.ita.framework.OitRequirement;
import th.ita.framework.SubIndicator;

/**
 * Small frameworks built from the framework module's records, and a compact notation for
 * inputs: {@code "a1=4 4 3; b1.1=2*10; o1=100; resp:IIT=3"} (survey item: answer values,
 * {@code value*count} for many; item codes starting with {@code o}: OIT score).
 */
final class ScoringFixtures {

	/** The ESA grade bands (ita-framework.md §3). */
	static final List<GradeBand> BANDS = List.of(band("AA", "95.00", "100.00"), band("A", "85.00", "94.99"),
			band("B", "75.00", "84.99"), band("C", "65.00", "74.99"), band("D", "55.00", "64.99"),
			band("E", "50.00", "54.99"), band("F", "0.00", "49.99"));

	private ScoringFixtures() {
	}

	/**
	 * The rule-test framework, instrument weights as given (e.g. 30, 30, 40): <pre>
	 * 1 IIT w1: a1 LIKERT4 w1, a2 LIKERT4 reverse w1, a3 YES_NO w2
	 * 2 IIT w3: b1 LIKERT4 w2 (b1.1 w1, b1.2 reverse w3), b2 YES_NO w1
	 * 3 EIT w1: c1 LIKERT4 w1, c2 YES_NO reverse w1
	 * 4 OIT w1: 4.1 w1 (o1, o2), 4.2 w3 (o3 partial credit)
	 * 5 OIT w1: o4
	 * </pre>
	 */
	static FrameworkDefinition rich(String iit, String eit, String oit) {
		List<Indicator> indicators = List.of(
				indicator(1, Instrument.IIT, "1", List.of(),
						List.of(survey("a1", "1", "LIKERT4", false), survey("a2", "1", "LIKERT4", true),
								survey("a3", "2", "YES_NO", false))),
				indicator(2, Instrument.IIT, "3", List.of(),
						List.of(new Item("b1", null, null, new BigDecimal("2"), "LIKERT4", false, null, null, null,
								List.of(survey("b1.1", "1", null, false), survey("b1.2", "3", null, true))),
								survey("b2", "1", "YES_NO", false))),
				indicator(3, Instrument.EIT, "1", List.of(),
						List.of(survey("c1", "1", "LIKERT4", false), survey("c2", "1", "YES_NO", true))),
				indicator(4, Instrument.OIT, "1", List.of(
						new SubIndicator("4.1", null, null, BigDecimal.ONE, null,
								List.of(oit("o1", false), oit("o2", false))),
						new SubIndicator("4.2", null, null, new BigDecimal("3"), null, List.of(oit("o3", true)))),
						List.of()),
				indicator(5, Instrument.OIT, "1", List.of(), List.of(oit("o4", false))));
		return framework("T-RICH", 1, weights(iit, eit, oit), indicators);
	}

	static FrameworkDefinition rich() {
		return rich("30", "30", "40");
	}

	/**
	 * Indicators 1-10 of the seed (1-5 IIT, 6-8 EIT, 9-10 OIT), equal indicator weights,
	 * one item each: survey indicators a YES_NO item {@code sN} (so 9871 yes and 129 no
	 * give exactly 98.71), OIT indicators a partial-credit item {@code oN}.
	 */
	static FrameworkDefinition seed(String iit, String eit, String oit) {
		List<Indicator> indicators = new ArrayList<>();
		for (int n = 1; n <= 10; n++) {
			Instrument instrument = (n <= 5) ? Instrument.IIT : (n <= 8) ? Instrument.EIT : Instrument.OIT;
			Item item = (instrument == Instrument.OIT) ? oit("o" + n, true) : survey("s" + n, "1", "YES_NO", false);
			indicators.add(indicator(n, instrument, "1", List.of(), List.of(item)));
		}
		return framework("T-SEED", 1, weights(iit, eit, oit), indicators);
	}

	/**
	 * One OIT indicator with one partial-credit item {@code og}: the ITA is its score.
	 */
	static FrameworkDefinition single() {
		return framework("T-ONE", 1, List.of(new InstrumentWeight(Instrument.OIT, new BigDecimal("40"), null, null)),
				List.of(indicator(1, Instrument.OIT, "1", List.of(), List.of(oit("og", true)))));
	}

	static FrameworkDefinition framework(String code, int version, List<InstrumentWeight> instruments,
			List<Indicator> indicators) {
		return new FrameworkDefinition(code, version, "TEST", 2567, "ทดสอบ", "Test", null, new BigDecimal("85"), null,
				BANDS, instruments, null, null, null, indicators);
	}

	static List<InstrumentWeight> weights(String iit, String eit, String oit) {
		return List.of(new InstrumentWeight(Instrument.IIT, new BigDecimal(iit), null, null),
				new InstrumentWeight(Instrument.EIT, new BigDecimal(eit), null, null),
				new InstrumentWeight(Instrument.OIT, new BigDecimal(oit), null, null));
	}

	static Indicator indicator(int number, Instrument instrument, String weight, List<SubIndicator> subs,
			List<Item> items) {
		return new Indicator(number, null, instrument, "ตัวชี้วัด " + number, "Indicator " + number,
				new BigDecimal(weight), null, subs, items);
	}

	static Item survey(String code, String weight, @org.jspecify.annotations.Nullable String scale, boolean reverse) {
		return new Item(code, null, null, new BigDecimal(weight), scale, reverse, null, null, null, null);
	}

	static Item oit(String code, boolean partialCredit) {
		return new Item(code, null, null, BigDecimal.ONE, null, false, null,
				new OitRequirement("หลักฐาน", "Evidence", EvidencePeriod.CURRENT, partialCredit), null, null);
	}

	static GradeBand band(String grade, String min, String max) {
		return new GradeBand(grade, new BigDecimal(min), new BigDecimal(max), null, null);
	}

	/** Parses the compact input notation (see the class comment); blank → no inputs. */
	static ScoringInputs inputs(String text) {
		ScoringInputs.Builder builder = ScoringInputs.builder();
		for (String entry : text.split(";")) {
			if (entry.isBlank()) {
				continue;
			}
			String[] kv = entry.trim().split("=", 2);
			String key = kv[0].trim();
			String value = kv[1].trim();
			if (key.startsWith("resp:")) {
				builder.respondents(Instrument.valueOf(key.substring(5)), Integer.parseInt(value));
			}
			else if (key.startsWith("o")) {
				builder.oit(key, new BigDecimal(value));
			}
			else {
				builder.answer(key);
				Arrays.stream(value.split("\\s+")).filter(v -> !v.isEmpty()).forEach(v -> {
					String[] vc = v.split("\\*");
					builder.answers(key, Integer.parseInt(vc[0]), (vc.length > 1) ? Long.parseLong(vc[1]) : 1);
				});
			}
		}
		return builder.build();
	}

}
