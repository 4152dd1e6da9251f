package th.ita.documents.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import th.ita.documents.render.DocumentFile;
import th.ita.documents.render.Numerals;
import th.ita.integrity.IntegrityDocuments;
import th.ita.planning.FiscalMonths;
import th.ita.planning.PlanDocument;
import th.ita.planning.PlanDocuments;
import th.ita.planning.PlanKind;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.ThaiDates;
import th.ita.shared.pdf.PdfOptions;
import th.ita.shared.pdf.PdfRenderer;

import org.springframework.stereotype.Service;

/**
 * The measures document (O32, shaped like seed 001: foreword, analysis with the indicator
 * table, weak indicators, measures and guidelines, projects with the action-plan table by
 * fiscal month and quarter with totals, the published announcements) and the progress
 * report (O33, like seed 000: per measure and activity what was done, dates, results,
 * evidence links, budget planned and spent). One read of the planning API; templates
 * {@code documents/measures} and {@code documents/progress}. Public once published, else
 * the agency's users and the central team.
 */
@Service
public class PlanPdfDocuments {

	private final PlanDocuments plans;

	private final IntegrityDocuments integrity;

	private final PdfRenderer pdf;

	PlanPdfDocuments(PlanDocuments plans, IntegrityDocuments integrity, PdfRenderer pdf) {
		this.plans = plans;
		this.integrity = integrity;
		this.pdf = pdf;
	}

	public DocumentFile measures(int fiscalYear, String agencyCode, Optional<ItaPrincipal> user, Locale locale) {
		PlanDocument plan = visible(fiscalYear, agencyCode, user, false);
		Map<String, Object> model = model(plan, locale);
		model.put("announcements",
				this.integrity.announcements(agencyCode, fiscalYear)
					.stream()
					.filter(a -> "PUBLISHED".equals(a.status()))
					.toList());
		return new DocumentFile("ita-o32-measures-" + fiscalYear + "-" + agencyCode + ".pdf", DocumentFile.PDF,
				this.pdf.renderTemplate("documents/measures", model, locale, footer(locale)));
	}

	public DocumentFile progress(int fiscalYear, String agencyCode, Optional<ItaPrincipal> user, Locale locale) {
		PlanDocument plan = visible(fiscalYear, agencyCode, user, true);
		return new DocumentFile("ita-o33-progress-" + fiscalYear + "-" + agencyCode + ".pdf", DocumentFile.PDF,
				this.pdf.renderTemplate("documents/progress", model(plan, locale), locale, footer(locale)));
	}

	private PlanDocument visible(int fiscalYear, String agencyCode, Optional<ItaPrincipal> user, boolean progress) {
		boolean own = user.map(u -> u.canSeeAgency(agencyCode)).orElse(false);
		Optional<PlanDocument> plan = own ? this.plans.plan(fiscalYear, agencyCode, PlanKind.INTEGRITY)
				: progress ? this.plans.progressDocument(fiscalYear, agencyCode)
						: this.plans.measuresDocument(fiscalYear, agencyCode);
		return plan.orElseThrow(() -> new NotFoundException("No plan of " + agencyCode + " in " + fiscalYear));
	}

	private Map<String, Object> model(PlanDocument plan, Locale locale) {
		List<YearMonth> months = FiscalMonths.of(plan.fiscalYear());
		Map<String, Object> model = new HashMap<>();
		model.put("p", plan);
		model.put("months", months);
		model.put("monthNames", months.stream().map(m -> monthShort(m, locale)).toList());
		model.put("fmt", Numerals.arabic());
		model.put("dates", new Dates(locale));
		model.put("generatedAt", ThaiDates.formatDateTime(Instant.now(), locale));
		return model;
	}

	static String monthShort(YearMonth month, Locale locale) {
		String s = ThaiDates.formatShort(month.atDay(1), locale);
		return s.split(" ")[1];
	}

	static PdfOptions footer(Locale locale) {
		return PdfOptions.a4()
			.footer("en".equals(locale.getLanguage()) ? PdfOptions.ENGLISH_PAGE_FOOTER : PdfOptions.THAI_PAGE_FOOTER);
	}

	/** Dates for templates: {@code ${dates.shortDate(d)}}. */
	public record Dates(Locale locale) {

		public String shortDate(LocalDate date) {
			return (date == null) ? "" : ThaiDates.formatShort(date, this.locale);
		}

	}

}
