package th.ita.survey.codes;

/**
 * How many codes were issued in one scope (round, agency, instrument) and how many used.
 */
public record AccessCodeCounts(long issued, long used) {
}
