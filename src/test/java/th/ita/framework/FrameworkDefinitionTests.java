package th.ita.framework;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.framework.domain.FrameworkImporter;
import th.ita.framework.domain.FrameworkYaml;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The shipped default framework and the pure rules of a definition (no Spring). */
class FrameworkDefinitionTests {

	static final FrameworkDefinition DEFAULT = FrameworkImporter.check(defaultYaml());

	static byte[] defaultYaml() {
		try (InputStream in = new ClassPathResource("framework/ITA-ESA-2567.yaml").getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(textBlock = """
			100,    AA, true
			95.00,  AA, true
			94.995, AA, true
			94.994, A,  true
			85,     A,  true
			84.995, A,  true
			84.99,  B,  false
			75,     B,  false
			74.99,  C,  false
			55,     D,  false
			50,     E,  false
			49.99,  F,  false
			0,      F,  false
			""")
	void gradesAreDecidedOnTheScoreRoundedToTwoDecimals(String score, String grade, boolean passed) {
		assertThat(DEFAULT.grade(new BigDecimal(score)).grade()).isEqualTo(grade);
		assertThat(DEFAULT.passed(new BigDecimal(score))).isEqualTo(passed);
	}

	@Test
	void scoresOutsideZeroToHundredHaveNoGrade() {
		assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.grade(new BigDecimal("100.01")));
		assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.grade(new BigDecimal("-0.01")));
	}

	@Test
	void defaultHasTenIndicatorsAndTheItemsOfEachInstrument() {
		assertThat(DEFAULT.ref()).isEqualTo(new FrameworkRef("ITA-ESA-2567", 1));
		assertThat(DEFAULT.programme()).isEqualTo("OBEC-ESA");
		assertThat(DEFAULT.fiscalYear()).isEqualTo(2567);
		assertThat(DEFAULT.indicators()).extracting(Indicator::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(DEFAULT.items(Instrument.IIT)).extracting(Item::code)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(i -> "i" + i).toList());
		assertThat(DEFAULT.indicators(Instrument.IIT)).allSatisfy(i -> assertThat(i.items()).hasSize(6));
		assertThat(DEFAULT.items(Instrument.EIT)).extracting(Item::code)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 15).mapToObj(i -> "e" + i).toList());
		assertThat(DEFAULT.indicators(Instrument.EIT)).allSatisfy(i -> assertThat(i.items()).hasSize(5));
		assertThat(DEFAULT.indicators(Instrument.OIT)).flatExtracting(Indicator::subIndicators)
			.extracting(SubIndicator::code)
			.containsExactly("9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2");
		List<String> oit = DEFAULT.items(Instrument.OIT).stream().map(Item::code).toList();
		assertThat(oit).hasSize(34).contains("ESA-O1");
		assertThat(oit).containsAll(java.util.stream.IntStream.rangeClosed(1, 33).mapToObj(i -> "O" + i).toList());
		assertThat(DEFAULT.items(Instrument.OIT)).allSatisfy(i -> assertThat(i.evidence()).isNotNull());
		assertThat(DEFAULT.instruments()).extracting(InstrumentWeight::weight)
			.containsExactly(BigDecimal.valueOf(30), BigDecimal.valueOf(30), BigDecimal.valueOf(40));
		assertThat(DEFAULT.passMark()).isEqualByComparingTo("85");
		assertThat(DEFAULT.minimumGroupSize()).isEqualTo(5);
		assertThat(DEFAULT.gradeBands()).extracting(GradeBand::grade)
			.containsExactly("AA", "A", "B", "C", "D", "E", "F");
	}

	@Test
	void itemsSubItemsScalesAndGroups() {
		Item i4 = DEFAULT.item("i4").orElseThrow();
		assertThat(i4.scale()).isEqualTo("YES_NO");
		assertThat(i4.subItems()).hasSize(3).allSatisfy(s -> assertThat(s.reverse()).isTrue());
		assertThat(DEFAULT.item("i30.4")).isPresent();
		assertThat(DEFAULT.instrumentOf("i30.4")).contains(Instrument.IIT);
		assertThat(DEFAULT.leafItems(Instrument.IIT).size()).isGreaterThan(30);
		assertThat(DEFAULT.leafItems(Instrument.OIT)).hasSize(34);
		assertThat(DEFAULT.item("e4").orElseThrow().reverse()).isTrue();
		assertThat(DEFAULT.respondentGroups(Instrument.EIT)).extracting(RespondentGroup::code)
			.containsExactly("SERVICE_RECIPIENT", "SCHOOL");
		assertThat(DEFAULT.item("e1").orElseThrow().groups()).containsExactly("SERVICE_RECIPIENT", "SCHOOL");
		assertThat(DEFAULT.item("O16").orElseThrow().evidence().period()).isEqualTo(EvidencePeriod.MONTHLY);
	}

	@Test
	void likert4KeepsThirdsAndReverseMirrors() {
		AnswerScale likert = DEFAULT.scale("LIKERT4").orElseThrow();
		assertThat(likert.score(1, false)).isEqualByComparingTo("0");
		assertThat(likert.score(2, false)).isEqualByComparingTo("33.33333333333333333333333333333333");
		assertThat(likert.score(3, false)).isEqualByComparingTo("66.66666666666666666666666666666667");
		assertThat(likert.score(4, false)).isEqualByComparingTo("100");
		assertThat(likert.score(4, true)).isEqualByComparingTo("0");
		assertThat(likert.score(2, true).setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("66.67");
		AnswerScale yesNo = DEFAULT.scale("YES_NO").orElseThrow();
		assertThat(yesNo.score(1, false)).isEqualByComparingTo("100");
		assertThat(yesNo.score(1, true)).isEqualByComparingTo("0");
		assertThat(yesNo.score(0, true)).isEqualByComparingTo("100");
	}

	@ParameterizedTest(name = "{0} population {1} needs {2}")
	@CsvSource(textBlock = """
			IIT, 0,    0
			IIT, 10,   10
			IIT, 24,   24
			IIT, 25,   25
			IIT, 70,   25
			IIT, 101,  26
			IIT, 400,  100
			EIT, 20,   20
			EIT, 30,   30
			EIT, 400,  40
			EIT, 5000, 400
			OIT, 100,  0
			""")
	void minimumSampleFollowsTheRules(Instrument instrument, int population, int sample) {
		assertThat(DEFAULT.minimumSample(instrument, population)).isEqualTo(sample);
	}

	@Test
	void yamlAndJsonRoundTripToAnEqualDefinition() {
		String yaml = FrameworkYaml.toYaml(DEFAULT);
		FrameworkDefinition again = FrameworkImporter.check(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(again).isEqualTo(DEFAULT);
		assertThat(FrameworkYaml.fromJson(FrameworkYaml.toJson(DEFAULT))).isEqualTo(DEFAULT);
		assertThat(FrameworkYaml.sha256(again)).isEqualTo(FrameworkYaml.sha256(DEFAULT));
	}

	@Test
	void yamlSyntaxErrorsHaveLineAndColumn() {
		var ex = org.assertj.core.api.Assertions.catchThrowableOfType(
				th.ita.framework.domain.FrameworkRejectedException.class,
				() -> th.ita.framework.domain.FrameworkYaml.parse("code: A\nversion: [1\nprogramme: x\n".getBytes()));
		assertThat(ex.errors()).singleElement().satisfies(e -> {
			assertThat(e.code()).as(e.toString()).isEqualTo("syntax");
			assertThat(e.line()).isNotNull();
			assertThat(e.column()).isNotNull();
		});
		assertThat(ex.kind()).isEqualTo(th.ita.framework.domain.FrameworkRejectedException.Kind.MALFORMED);
	}

}
