package th.ita.documents.results;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import th.ita.documents.render.Tabular;
import th.ita.oit.OitItemResult;
import th.ita.oit.OitResults;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.RankingQuery;
import th.ita.scoring.RoundRanking.RankedAgency;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * XLSX and CSV exports of results (issue 8, 2): every agency of a round with its ITA,
 * grade and the ten indicator scores; an agency's OIT checklist with scores and whether
 * the verdict is final. Headers in the user's language; scores are numbers. The caller
 * checks access first ({@link #checkRound}, {@link #checkAgency}); the rows are then read
 * while the response streams.
 */
@Service
public class ResultExports {

	static final int INDICATORS = 10;

	private final ResultsSource source;

	private final OitResults oit;

	private final MessageSource messages;

	ResultExports(ResultsSource source, OitResults oit, MessageSource messages) {
		this.source = source;
		this.oit = oit;
		this.messages = messages;
	}

	public void checkRound(int fiscalYear, Optional<ItaPrincipal> user) {
		if (!this.source.roundVisible(fiscalYear, user)) {
			throw new NotFoundException("No results of round " + fiscalYear);
		}
	}

	public void checkAgency(int fiscalYear, String agencyCode, Optional<ItaPrincipal> user) {
		if (!user.map(u -> u.canSeeAgency(agencyCode)).orElse(false)) {
			throw new NotFoundException("No OIT checklist of " + agencyCode + " in " + fiscalYear);
		}
	}

	/** Headers of the results export. */
	public List<String> resultHeaders(Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String key : List.of("rank", "code", "agency", "type", "region", "province", "ita", "grade", "passed",
				"complete")) {
			headers.add(msg("documents.col." + key, locale));
		}
		for (int i = 1; i <= INDICATORS; i++) {
			headers.add(msg("documents.col.indicator", locale, String.valueOf(i)));
		}
		return headers;
	}

	/** Every agency of the round, ranked, with the indicator scores (2 decimals). */
	public Tabular.Rows resultRows(int fiscalYear, Locale locale) {
		return sink -> {
			for (RankedAgency a : this.source.allAgencies(fiscalYear, RankingQuery.all())) {
				List<Object> row = new ArrayList<>();
				row.add(a.rank());
				row.add(a.agencyCode());
				row.add(a.nameTh());
				row.add(msg("agency.type." + a.type(), locale));
				row.add(msg("agency.region." + a.region(), locale));
				row.add(a.province());
				row.add(a.ita());
				row.add(a.grade());
				row.add(msg(a.passed() ? "documents.passed" : "documents.notPassed", locale));
				row.add(msg(a.complete() ? "documents.yes" : "documents.no", locale));
				Optional<AgencyResult> result = this.source.scores().agency(fiscalYear, a.agencyCode());
				for (int i = 1; i <= INDICATORS; i++) {
					int number = i;
					row.add(result.flatMap(r -> r.indicator(number))
						.map(AgencyResult.IndicatorResult::rounded)
						.orElse(null));
				}
				sink.row(row);
			}
		};
	}

	public List<String> oitHeaders(Locale locale) {
		return List.of(msg("documents.col.item", locale), msg("documents.col.itemText", locale),
				msg("documents.col.score", locale), msg("documents.col.final", locale));
	}

	/** The agency's OIT items in framework order with their scores and finality. */
	public Tabular.Rows oitRows(int fiscalYear, String agencyCode, Locale locale) {
		return sink -> {
			Optional<AgencyResult> result = this.source.scores().agency(fiscalYear, agencyCode);
			boolean en = "en".equals(locale.getLanguage());
			for (OitItemResult item : this.oit.results(fiscalYear, agencyCode)) {
				String text = result.flatMap(r -> r.item(item.itemCode()))
					.map(i -> en && i.textEn() != null ? i.textEn() : i.textTh())
					.orElse("");
				sink.row(java.util.Arrays.asList(item.itemCode(), text, item.score(),
						msg(item.finalVerdict() ? "documents.yes" : "documents.no", locale)));
			}
		};
	}

	public void write(String format, String sheet, List<String> headers, Tabular.Rows rows, OutputStream out)
			throws IOException {
		if ("xlsx".equals(format)) {
			Tabular.xlsx(sheet, headers, rows, out);
		}
		else {
			Tabular.csv(headers, rows, out);
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
