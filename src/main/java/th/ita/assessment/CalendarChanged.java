package th.ita.assessment;

/**
 * An administrator changed a round's calendar (opened, closed, extended or removed a
 * window).
 *
 * @param fiscalYear the B.E. fiscal year
 * @param programme e.g. {@code OBEC-ESA}
 */
public record CalendarChanged(int fiscalYear, String programme) {
}
