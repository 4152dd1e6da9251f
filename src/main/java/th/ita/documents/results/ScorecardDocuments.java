package th.ita.documents.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import th.ita.documents.render.DocumentFile;
import th.ita.documents.render.Numerals;
import th.ita.scoring.AgencyHistory;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.AgencyResult.IndicatorResult;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.ThaiDates;
import th.ita.shared.pdf.PdfOptions;
import th.ita.shared.pdf.PdfRenderer;

import org.springframework.stereotype.Service;

/**
 * The agency ITA scorecard (issue 8, 1a): ITA, grade and pass; the instruments; the
 * indicator table with ranks and grades (as in seed 001); the grade legend; the
 * year-over-year table; the weak indicators with the items that pulled them down. One
 * read of the score snapshot, one template ({@code documents/scorecard}).
 */
@Service
public class ScorecardDocuments {

	private final ResultsSource source;

	private final PdfRenderer pdf;

	ScorecardDocuments(ResultsSource source, PdfRenderer pdf) {
		this.source = source;
		this.pdf = pdf;
	}

	/** One indicator row with its competition rank (1, 2, 2, 4) on the rounded score. */
	public record IndicatorRow(Integer rank, IndicatorResult indicator) {
	}

	public DocumentFile scorecard(int fiscalYear, String agencyCode, Optional<ItaPrincipal> user, Locale locale) {
		AgencyResult result = this.source.agency(fiscalYear, agencyCode, user);
		boolean own = user.map(u -> u.canSeeAgency(agencyCode)).orElse(false);
		AgencyHistory history = this.source.scores().history(agencyCode);
		return render(result, own ? history : history.publishedOnly(), locale);
	}

	/** Renders a scorecard from data already read (used by the benchmark too). */
	public DocumentFile render(AgencyResult result, AgencyHistory history, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("r", result);
		model.put("rows", ranked(result.indicators()));
		model.put("bands", this.source.gradeBands(result.framework()));
		model.put("history", history.years().stream().filter(y -> y.fiscalYear() <= result.fiscalYear()).toList());
		model.put("weak", result.weakIndicators(AgencyResult.DEFAULT_WEAK_THRESHOLD));
		model.put("threshold", AgencyResult.DEFAULT_WEAK_THRESHOLD);
		model.put("fmt", Numerals.arabic());
		model.put("generatedAt", ThaiDates.formatDateTime(Instant.now(), locale));
		byte[] bytes = this.pdf.renderTemplate("documents/scorecard", model, locale, footer(PdfOptions.a4(), locale));
		return new DocumentFile("ita-scorecard-" + result.fiscalYear() + "-" + result.agencyCode() + ".pdf",
				DocumentFile.PDF, bytes);
	}

	static PdfOptions footer(PdfOptions options, Locale locale) {
		return options
			.footer("en".equals(locale.getLanguage()) ? PdfOptions.ENGLISH_PAGE_FOOTER : PdfOptions.THAI_PAGE_FOOTER);
	}

	static List<IndicatorRow> ranked(List<IndicatorResult> indicators) {
		List<IndicatorResult> sorted = indicators.stream()
			.filter(i -> i.rounded() != null)
			.sorted(Comparator.comparing(IndicatorResult::rounded, Comparator.reverseOrder()))
			.toList();
		List<IndicatorRow> rows = new ArrayList<>();
		for (IndicatorResult indicator : indicators) {
			Integer rank = null;
			if (indicator.rounded() != null) {
				BigDecimal score = indicator.rounded();
				rank = 1 + (int) sorted.stream().filter(s -> s.rounded().compareTo(score) > 0).count();
			}
			rows.add(new IndicatorRow(rank, indicator));
		}
		return rows;
	}

}
