package th.ita.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The whole tree of one framework version, as the YAML defines it (identity, grade bands,
 * pass mark, instruments with weights, respondent groups, sample rules, custom answer
 * scales, indicators, sub-indicators, items, sub-items). Immutable: every list is a copy
 * and absent optional values get their defaults (weights 1, minimum group size 5), so two
 * equal files give equal definitions. Every node is aggregated as the weighted mean of
 * its children. See {@code docs/framework-format.md}.
 *
 * @param code the framework code, e.g. {@code ITA-ESA-2567}
 * @param version the version of that code (1, 2, ...)
 * @param programme e.g. {@code OBEC-ESA}, {@code NACC}
 * @param fiscalYear the B.E. fiscal year it was written for
 * @param nameTh Thai name
 * @param nameEn English name
 * @param note free text (e.g. where the wording comes from)
 * @param passMark the lowest rounded score that passes, e.g. 85
 * @param minimumGroupSize results of fewer respondents are suppressed (default 5)
 * @param gradeBands the grade table, highest first
 * @param instruments the instruments and their weights
 * @param respondentGroups the respondent groups of the survey instruments
 * @param sampleRules the minimum-sample rule of each survey instrument
 * @param scales custom answer scales (LIKERT4 and YES_NO are built in)
 * @param failReasons the common reasons for failing an OIT item (optional)
 * @param indicators the indicators, numbered 1..N
 */
public record FrameworkDefinition(@Nullable String code, int version, @Nullable String programme, int fiscalYear,
		@Nullable String nameTh, @Nullable String nameEn, @Nullable String note, @Nullable BigDecimal passMark,
		@Nullable Integer minimumGroupSize, List<GradeBand> gradeBands, List<InstrumentWeight> instruments,
		List<RespondentGroup> respondentGroups, List<SampleRule> sampleRules, List<AnswerScale> scales,
		List<FailReason> failReasons, List<Indicator> indicators) {

	/** The default minimum group size below which results are suppressed. */
	public static final int DEFAULT_MINIMUM_GROUP_SIZE = 5;

	public FrameworkDefinition {
		minimumGroupSize = (minimumGroupSize != null) ? minimumGroupSize : DEFAULT_MINIMUM_GROUP_SIZE;
		gradeBands = copy(gradeBands);
		instruments = copy(instruments);
		respondentGroups = copy(respondentGroups);
		sampleRules = copy(sampleRules);
		scales = copy(scales);
		failReasons = copy(failReasons);
		indicators = copy(indicators);
	}

	/** A definition without common fail reasons. */
	public FrameworkDefinition(@Nullable String code, int version, @Nullable String programme, int fiscalYear,
			@Nullable String nameTh, @Nullable String nameEn, @Nullable String note, @Nullable BigDecimal passMark,
			@Nullable Integer minimumGroupSize, List<GradeBand> gradeBands, List<InstrumentWeight> instruments,
			List<RespondentGroup> respondentGroups, List<SampleRule> sampleRules, List<AnswerScale> scales,
			List<Indicator> indicators) {
		this(code, version, programme, fiscalYear, nameTh, nameEn, note, passMark, minimumGroupSize, gradeBands,
				instruments, respondentGroups, sampleRules, scales, List.of(), indicators);
	}

	private static <T> List<T> copy(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/** Code and version. */
	public FrameworkRef ref() {
		return new FrameworkRef(String.valueOf(this.code), this.version);
	}

	/** The same tree under another version number. */
	public FrameworkDefinition withVersion(int version) {
		return new FrameworkDefinition(this.code, version, this.programme, this.fiscalYear, this.nameTh, this.nameEn,
				this.note, this.passMark, this.minimumGroupSize, this.gradeBands, this.instruments,
				this.respondentGroups, this.sampleRules, this.scales, this.failReasons, this.indicators);
	}

	/** A score rounded as grades and the pass mark see it: 2 decimals, HALF_UP. */
	public static BigDecimal rounded(BigDecimal score) {
		return score.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * The grade band of a score, decided on the score rounded to 2 decimals (HALF_UP), so
	 * 94.995 is AA and 94.994 is A.
	 * @throws IllegalArgumentException when no band holds the score (below 0 or above
	 * 100)
	 */
	public GradeBand grade(BigDecimal score) {
		BigDecimal rounded = rounded(score);
		return this.gradeBands.stream()
			.filter(b -> b.contains(rounded))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No grade band holds " + rounded));
	}

	/** Whether a score passes: its 2-decimal rounding reaches the pass mark. */
	public boolean passed(BigDecimal score) {
		return this.passMark != null && rounded(score).compareTo(this.passMark) >= 0;
	}

	/** The weight of an instrument, or empty when the framework does not use it. */
	public Optional<InstrumentWeight> instrument(Instrument instrument) {
		return this.instruments.stream().filter(i -> i.instrument() == instrument).findFirst();
	}

	/** The indicators of an instrument, in order. */
	public List<Indicator> indicators(Instrument instrument) {
		return this.indicators.stream().filter(i -> i.instrument() == instrument).toList();
	}

	/** The items (not sub-items) of an instrument, in order. */
	public List<Item> items(Instrument instrument) {
		return indicators(instrument).stream().flatMap(Indicator::allItems).toList();
	}

	/**
	 * What respondents answer or reviewers check: the items of an instrument, each
	 * replaced by its sub-items when it has some.
	 */
	public List<Item> leafItems(Instrument instrument) {
		return indicators(instrument).stream().flatMap(Indicator::allItems).flatMap(Item::leaves).toList();
	}

	/** An item or sub-item by its code. */
	public Optional<Item> item(String code) {
		return this.indicators.stream()
			.flatMap(Indicator::allItems)
			.flatMap(i -> Stream.concat(Stream.of(i), i.subItems().stream()))
			.filter(i -> code.equals(i.code()))
			.findFirst();
	}

	/** The instrument an item or sub-item belongs to. */
	public Optional<Instrument> instrumentOf(String itemCode) {
		return this.indicators.stream()
			.filter(ind -> ind.allItems()
				.flatMap(i -> Stream.concat(Stream.of(i), i.subItems().stream()))
				.anyMatch(i -> itemCode.equals(i.code())))
			.map(Indicator::instrument)
			.findFirst();
	}

	/** A scale by code: a custom one of this framework or a built-in one. */
	public Optional<AnswerScale> scale(@Nullable String code) {
		return this.scales.stream()
			.filter(s -> s.code() != null && s.code().equals(code))
			.findFirst()
			.or(() -> AnswerScale.builtIn(code));
	}

	/**
	 * The reasons offered for failing an OIT item: the item's own first, then the
	 * framework's common ones (empty for an unknown code).
	 */
	public List<FailReason> failReasons(String itemCode) {
		List<FailReason> own = item(itemCode).map(Item::evidence).map(OitRequirement::failReasons).orElse(List.of());
		return Stream.concat(own.stream(), this.failReasons.stream()).toList();
	}

	/** The respondent groups of an instrument, in file order. */
	public List<RespondentGroup> respondentGroups(Instrument instrument) {
		return this.respondentGroups.stream().filter(g -> g.instrument() == instrument).toList();
	}

	/** The sample rule of a survey instrument. */
	public Optional<SampleRule> sampleRule(Instrument instrument) {
		return this.sampleRules.stream().filter(r -> r.instrument() == instrument).findFirst();
	}

	/** The minimum sample for a population (0 when the instrument has no rule). */
	public int minimumSample(Instrument instrument, int population) {
		return sampleRule(instrument).map(r -> r.minimumSample(population)).orElse(0);
	}

}
