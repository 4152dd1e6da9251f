package th.ita.survey;

/**
 * Published after a survey response is stored (after its transaction commits): scoring
 * may recompute the agency's survey indicators. It carries no answer, code or time, so it
 * cannot be linked to a respondent. One is published per response, so listeners should
 * coalesce (mark the agency dirty, recompute shortly after) rather than recompute or
 * write a row per event.
 *
 * @param fiscalYear the round
 * @param agencyCode the agency
 * @param instrument {@code IIT} or {@code EIT}
 */
public record ResponsesRecorded(int fiscalYear, String agencyCode, SurveyInstrument instrument) {
}
