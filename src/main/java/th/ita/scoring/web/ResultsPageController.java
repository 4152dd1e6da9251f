package th.ita.scoring.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.scoring.AgencyHistory;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.RankingQuery;
import th.ita.scoring.ScoreResults;
import th.ita.scoring.results.Publication;
import th.ita.scoring.results.ResultsAccess;
import th.ita.shared.ConflictException;
import th.ita.shared.ItaPrincipal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Result pages: the public portal ({@code /results/{fy}},
 * {@code /results/{fy}/agencies/{code}}, published rounds only, no login) and the same
 * pages for signed-in users before publication ({@code /rounds/{fy}/results} for the
 * central team, {@code /rounds/{fy}/results/{code}} for the agency's users and the
 * central team). Unreadable results are a 404. Charts are drawn by
 * {@code /scoring/charts.js} from {@code data-*} attributes (no inline script); every
 * chart has a table beside it.
 */
@Controller
class ResultsPageController {

	private final ScoreResults results;

	private final ResultsAccess access;

	private final th.ita.scoring.results.Dashboard dashboard;

	private final Rounds rounds;

	private final Publication publication;

	private final MessageSource messages;

	ResultsPageController(ScoreResults results, ResultsAccess access, Rounds rounds,
			th.ita.scoring.results.Dashboard dashboard, Publication publication, MessageSource messages) {
		this.publication = publication;
		this.messages = messages;
		this.dashboard = dashboard;
		this.results = results;
		this.access = access;
		this.rounds = rounds;
	}

	/** Demo rounds are labelled as synthetic wherever their results show. */
	@ModelAttribute("synthetic")
	boolean synthetic(@PathVariable int fiscalYear) {
		return this.rounds.find(fiscalYear).map(RoundSummary::synthetic).orElse(false);
	}

	@GetMapping("/results/{fiscalYear}")
	String publicRound(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String region, @RequestParam(defaultValue = "RANK") String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		this.access.requirePublished(fiscalYear);
		return round(fiscalYear, q, type, region, sort, page, model, true);
	}

	@GetMapping("/rounds/{fiscalYear}/results")
	String round(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String region, @RequestParam(defaultValue = "RANK") String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		this.access.requireRound(fiscalYear);
		return round(fiscalYear, q, type, region, sort, page, model, false);
	}

	/**
	 * The central team publishes the round from its results page: system admins, with the
	 * confirmation ticked, in the round's {@code PUBLICATION} window, once. Errors
	 * re-render the page with the message by the form (422 without the confirmation, 409
	 * outside the window or when published already).
	 */
	@PostMapping("/rounds/{fiscalYear}/results/publication")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String publish(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable String confirm, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireRound(fiscalYear);
		if (!"yes".equals(confirm)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("publicationError", this.messages.getMessage("scoring.publication.confirmRequired", null,
					LocaleContextHolder.getLocale()));
			return round(fiscalYear, null, null, null, "RANK", 0, model, false);
		}
		try {
			this.publication.publish(fiscalYear, ItaPrincipal.current().map(ItaPrincipal::username).orElse("system"));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("publicationError", ex.getMessage());
			return round(fiscalYear, null, null, null, "RANK", 0, model, false);
		}
		redirect.addFlashAttribute("publishedNow", true);
		return "redirect:/rounds/" + fiscalYear + "/results";
	}

	private String round(int fiscalYear, @Nullable String q, @Nullable String type, @Nullable String region,
			String sort, int page, Model model, boolean portal) {
		AgencyType t = (type != null) ? AgencyType.parse(type).orElse(null) : null;
		Region r = (region != null) ? Region.parse(region).orElse(null) : null;
		RankingQuery.Sort s = "NAME".equals(sort) ? RankingQuery.Sort.NAME
				: "CODE".equals(sort) ? RankingQuery.Sort.CODE : RankingQuery.Sort.RANK;
		RankingQuery query = new RankingQuery(t, r, null, q, s, false, page, 50);
		model.addAttribute("ranking", this.results.ranking(fiscalYear, query));
		model.addAttribute("national", this.results.summary(fiscalYear));
		model.addAttribute("query", query);
		model.addAttribute("types", AgencyType.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("byRegion", this.dashboard.groups(fiscalYear, true));
		model.addAttribute("byType", this.dashboard.groups(fiscalYear, false));
		List<th.ita.scoring.results.Dashboard.TrendYear> trend = this.dashboard.trend(!portal);
		model.addAttribute("trend", trend);
		model.addAttribute("trendYears", String.join("|", trend.stream().map(y -> y.fiscalYear() + "").toList()));
		model.addAttribute("trendMeans",
				String.join("|", trend.stream().map(y -> (y.mean() != null) ? y.mean().toPlainString() : "").toList()));
		model.addAttribute("progress", portal ? List.of() : this.dashboard.progress(fiscalYear));
		model.addAttribute("portal", portal);
		model.addAttribute("base", portal ? "/results/" + fiscalYear : "/rounds/" + fiscalYear + "/results");
		return "scoring/round";
	}

	@GetMapping("/results/{fiscalYear}/agencies/{agencyCode}")
	String publicAgency(@PathVariable int fiscalYear, @PathVariable String agencyCode,
			@RequestParam(required = false) @Nullable BigDecimal threshold, Model model) {
		this.access.requirePublished(fiscalYear);
		return agency(fiscalYear, agencyCode, threshold, model, true);
	}

	@GetMapping("/rounds/{fiscalYear}/results/{agencyCode}")
	String agency(@PathVariable int fiscalYear, @PathVariable String agencyCode,
			@RequestParam(required = false) @Nullable BigDecimal threshold, Model model) {
		return agency(fiscalYear, agencyCode, threshold, model, false);
	}

	private String agency(int fiscalYear, String agencyCode, @Nullable BigDecimal threshold, Model model,
			boolean portal) {
		AgencyResult result = this.access.agency(fiscalYear, agencyCode);
		BigDecimal limit = (threshold != null && threshold.compareTo(BigDecimal.valueOf(95)) == 0)
				? BigDecimal.valueOf(95) : AgencyResult.DEFAULT_WEAK_THRESHOLD;
		AgencyHistory history = this.results.history(agencyCode);
		if (portal || !this.access.seesUnpublished(agencyCode)) {
			history = history.publishedOnly();
		}
		model.addAttribute("result", result);
		model.addAttribute("threshold", limit);
		model.addAttribute("weak", result.weakIndicators(limit));
		model.addAttribute("history", history);
		model.addAttribute("portal", portal);
		model.addAttribute("chartNames",
				String.join("|", result.ranked().stream().map(i -> String.valueOf(i.number())).toList()));
		model.addAttribute("chartScores",
				String.join("|",
						result.ranked()
							.stream()
							.map(i -> Optional.ofNullable(i.rounded()).map(BigDecimal::toPlainString).orElse(""))
							.toList()));
		model.addAttribute("historyYears",
				String.join("|", history.years().stream().map(y -> String.valueOf(y.fiscalYear())).toList()));
		model.addAttribute("historyScores",
				String.join("|", history.years().stream().map(y -> y.ita().toPlainString()).toList()));
		return "scoring/agency";
	}

}
