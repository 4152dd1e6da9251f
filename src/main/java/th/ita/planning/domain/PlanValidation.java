package th.ita.planning.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import th.ita.planning.FiscalMonths;
import th.ita.planning.PlanDocument.KpiTarget;
import th.ita.planning.PlanDocument.Link;
import th.ita.planning.PlanDocument.Person;
import th.ita.planning.ProgressStatus;
import th.ita.shared.FieldException;

/**
 * The rules of plan content. Each failure is a {@link FieldException} naming the field
 * (422 in the API, a field error on pages) with a message in the user's language.
 */
final class PlanValidation {

	/** A budget above this (one billion baht) is a typing mistake, not an activity. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000.00");

	static final int MAX_TEXT = 10_000;

	static final int MAX_LINE = 1_000;

	static final int MAX_LIST = 50;

	private final PlanTexts texts;

	PlanValidation(PlanTexts texts) {
		this.texts = texts;
	}

	String required(String field, @Nullable String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			throw error(field, "planning.error.required");
		}
		return text;
	}

	@Nullable String optional(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw error(field, "planning.error.tooLong", max);
		}
		return text;
	}

	List<String> lines(String field, @Nullable List<@Nullable String> values) {
		List<String> lines = new ArrayList<>();
		if (values != null) {
			for (String v : values) {
				String line = optional(field, v, MAX_LINE);
				if (line != null) {
					lines.add(line);
				}
			}
		}
		if (lines.size() > MAX_LIST) {
			throw error(field, "planning.error.tooMany", MAX_LIST);
		}
		return lines;
	}

	List<Person> people(String field, @Nullable List<@Nullable Person> values) {
		List<Person> people = new ArrayList<>();
		if (values != null) {
			for (Person p : values) {
				String name = (p != null) ? optional(field, p.name(), 300) : null;
				if (name != null) {
					String position = optional(field, p.position(), 300);
					people.add(new Person(name, (position != null) ? position : ""));
				}
			}
		}
		if (people.size() > MAX_LIST) {
			throw error(field, "planning.error.tooMany", MAX_LIST);
		}
		return people;
	}

	List<KpiTarget> targets(String field, @Nullable List<@Nullable KpiTarget> values) {
		List<KpiTarget> targets = new ArrayList<>();
		if (values != null) {
			for (KpiTarget t : values) {
				String indicator = (t != null) ? optional(field, t.indicator(), MAX_LINE) : null;
				if (indicator != null) {
					String goal = optional(field, t.goal(), MAX_LINE);
					String target = optional(field, t.target(), 300);
					targets.add(new KpiTarget((goal != null) ? goal : "", indicator, (target != null) ? target : ""));
				}
			}
		}
		return targets;
	}

	/** Baht, not negative, at most 2 decimals, below {@link #MAX_AMOUNT}. */
	BigDecimal amount(String field, @Nullable BigDecimal value, boolean required) {
		if (value == null) {
			if (required) {
				throw error(field, "planning.error.required");
			}
			return BigDecimal.ZERO.setScale(2);
		}
		if (value.signum() < 0) {
			throw error(field, "planning.error.negative");
		}
		if (value.compareTo(MAX_AMOUNT) > 0) {
			throw error(field, "planning.error.absurd", "1,000,000,000");
		}
		if (value.stripTrailingZeros().scale() > 2) {
			throw error(field, "planning.error.decimals");
		}
		return value.setScale(2);
	}

	BigDecimal positive(String field, @Nullable BigDecimal value) {
		if (value == null) {
			throw error(field, "planning.error.required");
		}
		if (value.signum() <= 0) {
			throw error(field, "planning.error.notPositive");
		}
		if (value.compareTo(MAX_AMOUNT) > 0) {
			throw error(field, "planning.error.absurd", "1,000,000,000");
		}
		if (value.stripTrailingZeros().scale() > 2) {
			throw error(field, "planning.error.decimals");
		}
		return value.setScale(2);
	}

	/** Distinct months in order, each inside the fiscal year. */
	List<YearMonth> months(int fiscalYear, @Nullable List<@Nullable String> values) {
		TreeSet<YearMonth> months = new TreeSet<>();
		if (values != null) {
			for (String v : values) {
				if (v == null || v.isBlank()) {
					continue;
				}
				YearMonth month;
				try {
					month = YearMonth.parse(v.strip());
				}
				catch (DateTimeParseException ex) {
					throw error("months", "planning.error.month", v.strip());
				}
				if (!FiscalMonths.contains(fiscalYear, month)) {
					throw error("months", "planning.error.monthOutside", v.strip(), fiscalYear);
				}
				months.add(month);
			}
		}
		if (months.isEmpty()) {
			throw error("months", "planning.error.noMonths");
		}
		return List.copyOf(months);
	}

	@Nullable Integer indicator(String field, @Nullable Integer value) {
		if (value != null && (value < 1 || value > 99)) {
			throw error(field, "planning.error.indicator");
		}
		return value;
	}

	@Nullable Integer size(String field, @Nullable Integer value) {
		if (value != null && (value <= 0 || value > 10_000_000)) {
			throw error(field, "planning.error.notPositive");
		}
		return value;
	}

	void dates(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw error("durationTo", "planning.error.dateOrder");
		}
	}

	int percent(@Nullable Integer value) {
		if (value == null) {
			throw error("percent", "planning.error.required");
		}
		if (value < 0 || value > 100) {
			throw error("percent", "planning.error.percent");
		}
		return value;
	}

	ProgressStatus status(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw error("status", "planning.error.required");
		}
		try {
			return ProgressStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw error("status", "planning.error.status");
		}
	}

	LocalDate date(@Nullable LocalDate value, LocalDate latest) {
		if (value == null) {
			throw error("date", "planning.error.required");
		}
		if (value.isAfter(latest)) {
			throw error("date", "planning.error.future");
		}
		return value;
	}

	List<Link> links(@Nullable List<@Nullable Link> values) {
		List<Link> links = new ArrayList<>();
		if (values != null) {
			for (Link l : values) {
				if (l == null || l.url() == null || l.url().isBlank()) {
					continue;
				}
				String url = l.url().strip();
				if (url.length() > 2048 || !isWebUrl(url)) {
					throw error("links", "planning.error.url", url);
				}
				links.add(new Link(url, optional("links", l.title(), 500)));
			}
		}
		if (links.size() > 20) {
			throw error("links", "planning.error.tooMany", 20);
		}
		return links;
	}

	private static boolean isWebUrl(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			return uri.getHost() != null && uri.getUserInfo() == null
					&& ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	FieldException error(String field, String key, Object... args) {
		return new FieldException(field, this.texts.get(key, args));
	}

}
