package th.ita.survey.anomalies;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The anomaly report of a round: flags over the stored responses (kept and counted until
 * an admin excludes them), bursts seen live at submit time (in memory, this node only),
 * and what was excluded. Nothing here identifies a respondent: flags are groups of
 * responses of one agency and instrument, never single rows.
 *
 * @param fiscalYear the round
 * @param responses the round's stored responses
 * @param excludedResponses how many of them are excluded
 * @param flags the flagged groups, most responses first
 * @param liveBursts bursts seen at submit time since this node started
 * @param exclusions what was excluded, grouped by agency, instrument, kind and reason
 */
public record AnomalyReport(int fiscalYear, long responses, long excludedResponses, List<Flag> flags,
		List<LiveBurst> liveBursts, List<Exclusion> exclusions) {

	/** Kinds of flag. */
	public enum Kind {

		/** Many responses for one agency on one day compared with its daily average. */
		BURST,
		/** Several responses with exactly the same answers. */
		IDENTICAL,
		/** Responses that give every item the same value. */
		STRAIGHT_LINE

	}

	/**
	 * One flagged group of responses.
	 *
	 * @param id stable id to exclude the group by, e.g.
	 * {@code BURST:S4001:EIT:2024-03-05}
	 * @param kind what was seen
	 * @param agencyCode the agency
	 * @param instrument IIT or EIT
	 * @param day the day (bursts), else {@code null}
	 * @param responses responses in the group
	 * @param excluded how many of them are excluded already
	 * @param expected for bursts, the agency's average responses per day
	 */
	public record Flag(String id, Kind kind, String agencyCode, String instrument, @Nullable LocalDate day,
			long responses, long excluded, @Nullable Double expected) {
	}

	/** Responses for one agency within a short window, counted at submit time. */
	public record LiveBurst(String agencyCode, String instrument, LocalDate day, int windowMinutes, int responses) {
	}

	/** Excluded responses of one agency, instrument, kind and reason. */
	public record Exclusion(String agencyCode, String instrument, String kind, String reason, LocalDate excludedOn,
			long responses) {
	}

}
