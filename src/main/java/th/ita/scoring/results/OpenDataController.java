package th.ita.scoring.results;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.framework.Instrument;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.snapshot.Snapshot;
import th.ita.scoring.snapshot.Snapshots;
import th.ita.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data of published rounds: every agency's results as CSV (UTF-8 with BOM, for
 * spreadsheet programs) and JSON; schema at
 * {@code /scoring/open-data-results.schema.json} (static). 404 before publication.
 */
@RestController
class OpenDataController {

	static final String[] COLUMNS = { "fiscal_year", "agency_code", "name_th", "type", "region", "province", "rank",
			"ita", "grade", "passed", "complete", "iit", "eit", "oit", "iit_respondents", "eit_respondents",
			"indicator_1", "indicator_2", "indicator_3", "indicator_4", "indicator_5", "indicator_6", "indicator_7",
			"indicator_8", "indicator_9", "indicator_10" };

	private final ResultsAccess access;

	private final Snapshots rows;

	private final Rounds rounds;

	private final JsonMapper json;

	OpenDataController(ResultsAccess access, Snapshots rows, Rounds rounds, JsonMapper json) {
		this.access = access;
		this.rows = rows;
		this.rounds = rounds;
		this.json = json;
	}

	@GetMapping(path = "/open-data/rounds/{fiscalYear}/results.csv")
	void csv(@PathVariable int fiscalYear, HttpServletResponse response) throws IOException {
		this.access.requirePublished(fiscalYear);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"ita-results-" + fiscalYear + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
			forEachRow(fiscalYear, row -> {
				List<Object> values = new ArrayList<>(List.of(row.fiscalYear(), row.agencyCode(), row.nameTh(),
						row.type(), row.region(), row.province()));
				values.add(text(row.rank()));
				values.add(text(row.ita()));
				values.add(text(row.grade()));
				values.add(row.passed());
				values.add(row.complete());
				values.add(text(row.iit()));
				values.add(text(row.eit()));
				values.add(text(row.oit()));
				values.add(row.iitRespondents());
				values.add(row.eitRespondents());
				for (BigDecimal indicator : row.indicators()) {
					values.add(text(indicator));
				}
				try {
					csv.printRecord(values);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
	}

	@GetMapping(path = "/open-data/rounds/{fiscalYear}/results.json")
	OpenRound json(@PathVariable int fiscalYear) {
		this.access.requirePublished(fiscalYear);
		RoundSummary round = this.rounds.find(fiscalYear)
			.orElseThrow(() -> new NotFoundException("No round " + fiscalYear));
		List<OpenRow> agencies = new ArrayList<>();
		forEachRow(fiscalYear, agencies::add);
		return new OpenRound(fiscalYear, round.framework().toString(),
				this.rows.publishedAt(fiscalYear).map(Object::toString).orElse(""), round.synthetic(), agencies);
	}

	private void forEachRow(int fiscalYear, java.util.function.Consumer<OpenRow> each) {
		int[] position = { 0, 0 };
		BigDecimal[] last = { null };
		this.rows.forEachInRound(fiscalYear, snapshot -> {
			AgencyResult r = snapshot.result();
			position[0]++;
			if (r.itaRounded() != null && (last[0] == null || last[0].compareTo(r.itaRounded()) != 0)) {
				position[1] = position[0];
				last[0] = r.itaRounded();
			}
			each.accept(row(snapshot, (r.itaRounded() != null) ? position[1] : null));
		});
	}

	private static OpenRow row(Snapshot s, @Nullable Integer rank) {
		AgencyResult r = s.result();
		List<@Nullable BigDecimal> indicators = new ArrayList<>();
		r.indicators().forEach(i -> indicators.add(i.rounded()));
		return new OpenRow(r.fiscalYear(), r.agencyCode(), r.agencyNameTh(), s.agency().type().name(),
				s.agency().region().name(), s.agency().province(), rank, r.itaRounded(), r.grade(), r.passed(),
				r.complete(), rounded(r, Instrument.IIT), rounded(r, Instrument.EIT), rounded(r, Instrument.OIT),
				s.inputs().respondents(Instrument.IIT), s.inputs().respondents(Instrument.EIT), indicators);
	}

	private static @Nullable BigDecimal rounded(AgencyResult r, Instrument instrument) {
		return r.instrument(instrument).map(AgencyResult.InstrumentResult::rounded).orElse(null);
	}

	private static String text(@Nullable Object value) {
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		return (value != null) ? value.toString() : "";
	}

	/** The JSON document (schema: {@code /scoring/open-data-results.schema.json}). */
	record OpenRound(int fiscalYear, String framework, String publishedAt, boolean synthetic, List<OpenRow> agencies) {
	}

	/** One agency's row (the CSV has the same columns). */
	record OpenRow(int fiscalYear, String agencyCode, String nameTh, String type, String region, String province,
			@Nullable Integer rank, @Nullable BigDecimal ita, @Nullable String grade, boolean passed, boolean complete,
			@Nullable BigDecimal iit, @Nullable BigDecimal eit, @Nullable BigDecimal oit, int iitRespondents,
			int eitRespondents, List<@Nullable BigDecimal> indicators) {
	}

}
