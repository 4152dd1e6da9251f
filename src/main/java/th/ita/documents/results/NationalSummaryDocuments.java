package th.ita.documents.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.documents.render.DocumentFile;
import th.ita.documents.render.Numerals;
import th.ita.scoring.NationalSummary;
import th.ita.scoring.RankingQuery;
import th.ita.scoring.RoundRanking;
import th.ita.scoring.ScoreResults;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.ThaiDates;
import th.ita.shared.pdf.PdfOptions;
import th.ita.shared.pdf.PdfRenderer;

import org.springframework.stereotype.Service;

/**
 * The national summary for the central team (issue 8, 1d): grade distribution, pass rate
 * against the target, the summary by region and by agency type, the trend over the last
 * rounds and the whole ranking. Reads the round's ranking and summaries from the scoring
 * API; one template ({@code documents/national}).
 */
@Service
public class NationalSummaryDocuments {

	static final int TREND_YEARS = 5;

	private final ResultsSource source;

	private final PdfRenderer pdf;

	NationalSummaryDocuments(ResultsSource source, PdfRenderer pdf) {
		this.source = source;
		this.pdf = pdf;
	}

	/** A group's label key and its summary. */
	public record Group(String key, NationalSummary summary) {
	}

	/** One round of the trend. */
	public record Year(int fiscalYear, NationalSummary summary) {
	}

	public DocumentFile summary(int fiscalYear, Optional<ItaPrincipal> user, Locale locale) {
		RoundRanking round = this.source.ranking(fiscalYear, RankingQuery.all().withPage(0, 1), user);
		ScoreResults scores = this.source.scores();
		List<Group> regions = new ArrayList<>();
		for (Region region : Region.values()) {
			NationalSummary s = scores
				.ranking(fiscalYear, new RankingQuery(null, region, null, null, RankingQuery.Sort.RANK, false, 0, 1))
				.summary();
			if (s.enrolled() > 0) {
				regions.add(new Group("agency.region." + region, s));
			}
		}
		List<Group> types = new ArrayList<>();
		for (AgencyType type : AgencyType.values()) {
			NationalSummary s = scores
				.ranking(fiscalYear, new RankingQuery(type, null, null, null, RankingQuery.Sort.RANK, false, 0, 1))
				.summary();
			if (s.enrolled() > 0) {
				types.add(new Group("agency.type." + type, s));
			}
		}
		List<Year> trend = new ArrayList<>();
		for (int year = fiscalYear - TREND_YEARS + 1; year <= fiscalYear; year++) {
			if (year != fiscalYear && !this.source.roundVisible(year, user)) {
				continue;
			}
			NationalSummary s = summaryOrNull(scores, year);
			if (s != null && s.scored() > 0) {
				trend.add(new Year(year, s));
			}
		}
		Map<String, Object> model = new HashMap<>();
		model.put("year", fiscalYear);
		model.put("published", round.published());
		model.put("s", round.summary());
		model.put("regions", regions);
		model.put("types", types);
		model.put("trend", trend);
		model.put("rows", this.source.allAgencies(fiscalYear, RankingQuery.all()));
		model.put("fmt", Numerals.arabic());
		model.put("generatedAt", ThaiDates.formatDateTime(Instant.now(), locale));
		byte[] bytes = this.pdf.renderTemplate("documents/national", model, locale,
				ScorecardDocuments.footer(PdfOptions.a4(), locale));
		return new DocumentFile("ita-national-summary-" + fiscalYear + ".pdf", DocumentFile.PDF, bytes);
	}

	private static NationalSummary summaryOrNull(ScoreResults scores, int year) {
		try {
			return scores.summary(year);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
