package th.ita.assessment;

import java.time.Instant;
import java.util.Map;

import th.ita.framework.Instrument;

/**
 * An agency taking part in a round.
 *
 * @param fiscalYear the round's B.E. fiscal year
 * @param programme the round's programme
 * @param agencyCode the agency
 * @param population per survey instrument (IIT: staff with at least one year of service;
 * EIT: expected external respondents)
 * @param minimumSample per survey instrument, from the framework's rules
 * @param updatedAt when the figures last changed
 */
public record Enrolment(int fiscalYear, String programme, String agencyCode, Map<Instrument, Integer> population,
		Map<Instrument, Integer> minimumSample, Instant updatedAt) {

	public Enrolment {
		population = Map.copyOf(population);
		minimumSample = Map.copyOf(minimumSample);
	}

	public int population(Instrument instrument) {
		return this.population.getOrDefault(instrument, 0);
	}

	public int minimumSample(Instrument instrument) {
		return this.minimumSample.getOrDefault(instrument, 0);
	}

}
