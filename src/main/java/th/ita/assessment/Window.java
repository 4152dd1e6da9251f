package th.ita.assessment;

import java.time.LocalDate;

/**
 * A dated window of a round's calendar, both days inclusive (Bangkok dates).
 *
 * @param from first day
 * @param to last day, not before {@code from}
 */
public record Window(LocalDate from, LocalDate to) {

	/** True when the day falls inside the window. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	/** True when the window has started by that day (it may have closed since). */
	public boolean hasStarted(LocalDate day) {
		return !day.isBefore(this.from);
	}

}
