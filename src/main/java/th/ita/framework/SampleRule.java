package th.ita.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The minimum sample of a survey instrument per agency, as data: every member of the
 * population when it is smaller than {@code allBelow}; otherwise
 * {@code ceil(population × percent / 100)}, at least {@code minimum} and at most
 * {@code maximum} (when given), never more than the population.
 *
 * @param instrument IIT or EIT
 * @param allBelow below this population everyone is asked
 * @param percent share of the population to ask, 0-100
 * @param minimum the least sample once the population reaches {@code allBelow}
 * @param maximum the largest sample ever required, or {@code null}
 * @param defaultPopulation the population assumed when an agency gives none, or
 * {@code null}
 */
public record SampleRule(@Nullable Instrument instrument, int allBelow, @Nullable BigDecimal percent, int minimum,
		@Nullable Integer maximum, @Nullable Integer defaultPopulation) {

	public SampleRule {
		percent = (percent != null) ? percent : BigDecimal.ZERO;
	}

	/** The minimum number of respondents for a population (0 for none). */
	public int minimumSample(int population) {
		if (population <= 0) {
			return 0;
		}
		if (population < this.allBelow) {
			return population;
		}
		int share = BigDecimal.valueOf(population)
			.multiply(this.percent)
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
			.intValueExact();
		int sample = Math.max(this.minimum, share);
		if (this.maximum != null) {
			sample = Math.min(sample, this.maximum);
		}
		return Math.min(sample, population);
	}

}
