package th.ita.survey.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.assessment.Activity;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.assessment.Window;
import th.ita.shared.NotFoundException;
import th.ita.shared.ThaiDates;
import th.ita.survey.responses.SurveyProgress;
import th.ita.web.Htmx;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Live progress pages (signed in): {@code /surveys/{fiscalYear}/progress} (the central
 * team: every agency, sortable; agency users: their own) and
 * {@code /surveys/{fiscalYear}/progress/{agencyCode}}. The table is re-fetched every 5
 * seconds by htmx as a fragment of the same template. An agency is behind target when an
 * instrument has fewer responses than its minimum sample times the share of the
 * collection window that has passed.
 */
@Controller
class ProgressPageController {

	private final SurveyProgress progress;

	private final Rounds rounds;

	private final AgencyDirectory agencies;

	ProgressPageController(SurveyProgress progress, Rounds rounds, AgencyDirectory agencies) {
		this.progress = progress;
		this.rounds = rounds;
		this.agencies = agencies;
	}

	/** One instrument's figures with today's target. */
	record Cell(String instrument, long responses, int minimum, int population, @Nullable BigDecimal percent,
			long target, boolean behind) {
	}

	record Row(String agencyCode, String name, List<Cell> cells, boolean behind) {

		@Nullable BigDecimal percent(String instrument) {
			return this.cells.stream()
				.filter(c -> c.instrument().equals(instrument))
				.findFirst()
				.map(Cell::percent)
				.orElse(null);
		}

	}

	@GetMapping("/surveys/{fiscalYear}/progress")
	String all(@PathVariable int fiscalYear, @RequestParam(defaultValue = "agency") String sort,
			@RequestParam(defaultValue = "asc") String dir, HttpServletRequest request, Model model, Locale locale) {
		return render(fiscalYear, null, sort, dir, request, model, locale);
	}

	@GetMapping("/surveys/{fiscalYear}/progress/{agencyCode}")
	String one(@PathVariable int fiscalYear, @PathVariable String agencyCode, HttpServletRequest request, Model model,
			Locale locale) {
		return render(fiscalYear, agencyCode, "agency", "asc", request, model, locale);
	}

	private String render(int fiscalYear, @Nullable String agencyCode, String sort, String dir,
			HttpServletRequest request, Model model, Locale locale) {
		RoundSummary round = this.rounds.find(fiscalYear).orElseThrow(() -> new NotFoundException("No round"));
		double share = share(round);
		Map<String, AgencySummary> names = this.agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencySummary::code, Function.identity()));
		boolean english = "en".equals(locale.getLanguage());
		List<Row> rows = new ArrayList<>();
		for (SurveyProgress.AgencyProgress agency : this.progress.progress(fiscalYear, agencyCode)) {
			List<Cell> cells = agency.instruments().stream().map(i -> {
				long target = (long) Math.ceil(i.minimum() * share);
				return new Cell(i.instrument(), i.responses(), i.minimum(), i.population(), i.percent(), target,
						i.responses() < target);
			}).toList();
			AgencySummary summary = names.get(agency.agencyCode());
			String name = (summary == null) ? agency.agencyCode()
					: (english && summary.nameEn() != null) ? summary.nameEn() : summary.nameTh();
			rows.add(new Row(agency.agencyCode(), name, cells, cells.stream().anyMatch(Cell::behind)));
		}
		rows.sort(order(sort, dir));
		model.addAttribute("round", round);
		model.addAttribute("rows", rows);
		model.addAttribute("single", agencyCode != null);
		model.addAttribute("agencyCode", agencyCode);
		model.addAttribute("sort", sort);
		model.addAttribute("dir", dir);
		model.addAttribute("behindCount", rows.stream().filter(Row::behind).count());
		model.addAttribute("sharePercent", Math.round(share * 100));
		return Htmx.view(request, "survey/progress", "table");
	}

	private static Comparator<Row> order(String sort, String dir) {
		Comparator<BigDecimal> numbers = Comparator.nullsFirst(Comparator.naturalOrder());
		Comparator<Row> order = switch (sort) {
			case "name" -> Comparator.comparing(Row::name);
			case "iit" -> Comparator.comparing(r -> r.percent("IIT"), numbers);
			case "eit" -> Comparator.comparing(r -> r.percent("EIT"), numbers);
			case "behind" -> Comparator.comparing(Row::behind);
			default -> Comparator.comparing(Row::agencyCode);
		};
		order = order.thenComparing(Row::agencyCode);
		return "desc".equals(dir) ? order.reversed() : order;
	}

	/** The share of the collection window that has passed today (0 to 1). */
	static double share(RoundSummary round) {
		Window window = round.window(Activity.COLLECTION).orElse(null);
		if (window == null) {
			return 0;
		}
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		long total = ChronoUnit.DAYS.between(window.from(), window.to()) + 1;
		long passed = ChronoUnit.DAYS.between(window.from(), today) + 1;
		return Math.max(0, Math.min(1, (double) passed / total));
	}

}
