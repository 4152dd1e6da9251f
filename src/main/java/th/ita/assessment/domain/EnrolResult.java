package th.ita.assessment.domain;

import java.util.List;

/**
 * The outcome of an enrolment request.
 *
 * @param added agencies newly enrolled
 * @param updated enrolled agencies whose population was changed
 * @param unchanged agencies already enrolled and left as they were
 * @param total enrolments of the round now
 */
public record EnrolResult(List<String> added, List<String> updated, List<String> unchanged, int total) {
}
