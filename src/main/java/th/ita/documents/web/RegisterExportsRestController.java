package th.ita.documents.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import th.ita.documents.exports.RegisterExports;
import th.ita.documents.exports.RegisterExports.Table;
import th.ita.documents.render.Tabular;
import th.ita.planning.PlanKind;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * XLSX and CSV of the registers under their data's API paths: the gift register
 * ({@code /api/v1/agencies/{code}/gifts.xlsx|.csv?fiscalYear=}), the anomaly report
 * ({@code /api/v1/rounds/{year}/surveys/anomalies.xlsx|.csv}) and a plan's action plan
 * with progress ({@code /api/v1/agencies/{code}/plans/{year}/integrity.xlsx|.csv},
 * {@code anti-corruption.xlsx|.csv}). Access is checked before the first byte; the rows
 * are then streamed.
 */
@RestController
class RegisterExportsRestController {

	private final RegisterExports exports;

	RegisterExportsRestController(RegisterExports exports) {
		this.exports = exports;
	}

	@GetMapping("/api/v1/agencies/{code}/gifts.{format:xlsx|csv}")
	void gifts(@PathVariable String code, @PathVariable String format, @RequestParam int fiscalYear, Locale locale,
			HttpServletResponse response) throws IOException {
		write(this.exports.gifts(code, fiscalYear, locale), "ita-gifts-" + fiscalYear + "-" + code, format, response);
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/surveys/anomalies.{format:xlsx|csv}")
	void anomalies(@PathVariable int fiscalYear, @PathVariable String format, Locale locale,
			HttpServletResponse response) throws IOException {
		write(this.exports.anomalies(fiscalYear, locale), "ita-anomalies-" + fiscalYear, format, response);
	}

	@GetMapping("/api/v1/agencies/{code}/plans/{fiscalYear}/integrity.{format:xlsx|csv}")
	void integrityPlan(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String format,
			Locale locale, HttpServletResponse response) throws IOException {
		plan(code, fiscalYear, PlanKind.INTEGRITY, format, locale, response);
	}

	@GetMapping("/api/v1/agencies/{code}/plans/{fiscalYear}/anti-corruption.{format:xlsx|csv}")
	void antiCorruptionPlan(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String format,
			Locale locale, HttpServletResponse response) throws IOException {
		plan(code, fiscalYear, PlanKind.ANTI_CORRUPTION, format, locale, response);
	}

	private void plan(String code, int fiscalYear, PlanKind kind, String format, Locale locale,
			HttpServletResponse response) throws IOException {
		write(this.exports.plan(code, fiscalYear, kind, locale),
				"ita-plan-" + kind.slug() + "-" + fiscalYear + "-" + code, format, response);
	}

	private static void write(Table table, String name, String format, HttpServletResponse response)
			throws IOException {
		Downloads.start(response, name + "." + format, ResultDocumentsRestController.type(format));
		if ("xlsx".equals(format)) {
			Tabular.xlsx(table.sheet(), table.headers(), table.rows(), response.getOutputStream());
		}
		else {
			Tabular.csv(table.headers(), table.rows(), response.getOutputStream());
		}
	}

}
