package th.ita.assessment.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A window as submitted (API or form), before validation. */
public record WindowInput(@Nullable LocalDate from, @Nullable LocalDate to) {
}
