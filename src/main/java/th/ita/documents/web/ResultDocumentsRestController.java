package th.ita.documents.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import th.ita.documents.render.Tabular;
import th.ita.documents.results.NationalSummaryDocuments;
import th.ita.documents.results.ResultExports;
import th.ita.documents.results.ScorecardDocuments;
import th.ita.shared.ItaPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Result documents under the results API's own paths with a file suffix: an agency's
 * scorecard ({@code /api/v1/rounds/{year}/results/{code}.pdf}, public once the round is
 * published), the national summary ({@code /api/v1/rounds/{year}/results.pdf}) and the
 * results of all agencies ({@code results.xlsx}, {@code results.csv}), and an agency's
 * OIT checklist ({@code /api/v1/rounds/{year}/oit/{code}/checklist.xlsx|.csv}).
 */
@RestController
class ResultDocumentsRestController {

	private final ScorecardDocuments scorecards;

	private final NationalSummaryDocuments national;

	private final ResultExports exports;

	ResultDocumentsRestController(ScorecardDocuments scorecards, NationalSummaryDocuments national,
			ResultExports exports) {
		this.scorecards = scorecards;
		this.national = national;
		this.exports = exports;
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/results/{code}.pdf")
	ResponseEntity<byte[]> scorecard(@PathVariable int fiscalYear, @PathVariable String code, Locale locale) {
		return Downloads.file(this.scorecards.scorecard(fiscalYear, code, ItaPrincipal.current(), locale));
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/results.pdf")
	ResponseEntity<byte[]> nationalSummary(@PathVariable int fiscalYear, Locale locale) {
		return Downloads.file(this.national.summary(fiscalYear, ItaPrincipal.current(), locale));
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/results.{format:xlsx|csv}")
	void results(@PathVariable int fiscalYear, @PathVariable String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Optional<ItaPrincipal> user = ItaPrincipal.current();
		this.exports.checkRound(fiscalYear, user);
		Downloads.start(response, "ita-results-" + fiscalYear + "." + format, type(format));
		this.exports.write(format, "ITA " + fiscalYear, this.exports.resultHeaders(locale),
				this.exports.resultRows(fiscalYear, locale), response.getOutputStream());
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/oit/{code}/checklist.{format:xlsx|csv}")
	void oitChecklist(@PathVariable int fiscalYear, @PathVariable String code, @PathVariable String format,
			Locale locale, HttpServletResponse response) throws IOException {
		this.exports.checkAgency(fiscalYear, code, ItaPrincipal.current());
		Downloads.start(response, "ita-oit-" + fiscalYear + "-" + code + "." + format, type(format));
		this.exports.write(format, "OIT " + code, this.exports.oitHeaders(locale),
				this.exports.oitRows(fiscalYear, code, locale), response.getOutputStream());
	}

	static String type(String format) {
		return "xlsx".equals(format) ? Tabular.XLSX : Tabular.CSV;
	}

}
