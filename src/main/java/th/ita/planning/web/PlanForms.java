package th.ita.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanDocument.KpiTarget;
import th.ita.planning.PlanDocument.Person;
import th.ita.planning.domain.PlanTexts;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;

/**
 * Form helpers of the planning pages: lists are typed one per line (people and targets
 * with {@code |} between their parts), amounts may carry thousands separators.
 */
final class PlanForms {

	private PlanForms() {
	}

	static ItaPrincipal user() {
		return ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	/**
	 * The agency of the page: {@code ?agency=} for the central team, else the user's own.
	 */
	static String agency(@Nullable String agency) {
		if (agency != null && !agency.isBlank()) {
			return agency.strip();
		}
		String own = user().agencyCode();
		if (own == null) {
			throw new NotFoundException("No agency");
		}
		return own;
	}

	static List<String> lines(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static String unlines(List<String> lines) {
		return String.join("\n", lines);
	}

	static List<Person> people(@Nullable String text) {
		List<Person> people = new ArrayList<>();
		for (String line : lines(text)) {
			String[] parts = line.split("\\|", 2);
			people.add(new Person(parts[0].strip(), (parts.length > 1) ? parts[1].strip() : ""));
		}
		return people;
	}

	static String unpeople(List<Person> people) {
		return String.join("\n",
				people.stream().map(p -> p.position().isEmpty() ? p.name() : p.name() + " | " + p.position()).toList());
	}

	static List<KpiTarget> targets(@Nullable String text) {
		List<KpiTarget> targets = new ArrayList<>();
		for (String line : lines(text)) {
			String[] parts = line.split("\\|", 3);
			if (parts.length == 3) {
				targets.add(new KpiTarget(parts[0].strip(), parts[1].strip(), parts[2].strip()));
			}
			else if (parts.length == 2) {
				targets.add(new KpiTarget("", parts[0].strip(), parts[1].strip()));
			}
			else {
				targets.add(new KpiTarget("", parts[0].strip(), ""));
			}
		}
		return targets;
	}

	static String untargets(List<KpiTarget> targets) {
		return String.join("\n",
				targets.stream().map(t -> t.goal() + " | " + t.indicator() + " | " + t.target()).toList());
	}

	static @Nullable BigDecimal decimal(String field, @Nullable String text, PlanTexts texts) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new FieldException(field, texts.get("planning.error.number"));
		}
	}

	static @Nullable Integer integer(String field, @Nullable String text, PlanTexts texts) {
		BigDecimal value = decimal(field, text, texts);
		if (value == null) {
			return null;
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new FieldException(field, texts.get("planning.error.number"));
		}
	}

	static @Nullable LocalDate date(String field, @Nullable String text, PlanTexts texts) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new FieldException(field, texts.get("planning.error.date"));
		}
	}

	static @Nullable Long id(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
