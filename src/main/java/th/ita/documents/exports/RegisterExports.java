package th.ita.documents.exports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import th.ita.documents.render.Tabular;
import th.ita.integrity.GiftRegister;
import th.ita.integrity.GiftRegister.GiftEntry;
import th.ita.planning.PlanDocument;
import th.ita.planning.PlanDocument.Activity;
import th.ita.planning.PlanDocument.Project;
import th.ita.planning.PlanDocuments;
import th.ita.planning.PlanKind;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.ThaiDates;
import th.ita.survey.SurveyAnomalyReport;
import th.ita.survey.SurveyAnomalyReport.AnomalyFlag;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * XLSX and CSV exports of the registers (issue 8, 2): the gift register (integrity), the
 * survey anomaly report (survey) and an action plan with its progress (planning). Each
 * reads its module's API with that API's own access rule before the response starts
 * (403/404 as the data's JSON endpoint), then writes the rows. Headers in the user's
 * language; amounts, counts and percents are numbers; dates are dates.
 */
@Service
public class RegisterExports {

	private final GiftRegister gifts;

	private final SurveyAnomalyReport anomalies;

	private final PlanDocuments plans;

	private final MessageSource messages;

	RegisterExports(GiftRegister gifts, SurveyAnomalyReport anomalies, PlanDocuments plans, MessageSource messages) {
		this.gifts = gifts;
		this.anomalies = anomalies;
		this.plans = plans;
		this.messages = messages;
	}

	/** A table ready to write: sheet name, headers and rows. */
	public record Table(String sheet, List<String> headers, Tabular.Rows rows) {
	}

	/** The named gift register of an agency's fiscal year (the read is audited). */
	public Table gifts(String agencyCode, int fiscalYear, Locale locale) {
		ItaPrincipal user = ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		List<GiftEntry> entries = this.gifts.entries(agencyCode, fiscalYear, user);
		List<String> headers = headers(locale, "integrity.gift.", "receivedOn", "giver", "relation", "item", "value",
				"action", "recordedBy");
		return new Table("Gifts " + fiscalYear, headers, sink -> {
			for (GiftEntry g : entries) {
				sink.row(Arrays.asList(g.receivedOn(), g.giver(), g.relation(), g.item(), g.value(),
						msg("integrity.action." + g.action(), locale), g.recordedBy()));
			}
		});
	}

	/** The flags of a round's anomaly report (system admins). */
	public Table anomalies(int fiscalYear, Locale locale) {
		List<AnomalyFlag> flags = this.anomalies.flags(fiscalYear);
		List<String> headers = new ArrayList<>(
				headers(locale, "survey.anomalies.", "kind", "agency", "instrument", "day", "responses", "excluded"));
		headers.add(msg("documents.col.expected", locale));
		headers.add(msg("documents.col.flag", locale));
		return new Table("Anomalies " + fiscalYear, headers, sink -> {
			for (AnomalyFlag f : flags) {
				sink.row(Arrays.asList(msg("survey.anomalies.kind." + f.kind(), locale), f.agencyCode(), f.instrument(),
						f.day(), f.responses(), f.excluded(), f.expected(), f.id()));
			}
		});
	}

	/**
	 * The action plan of an agency's plan with each activity's progress, and a totals row
	 * (the agency's users and the central team; 404 for anybody else).
	 */
	public Table plan(String agencyCode, int fiscalYear, PlanKind kind, Locale locale) {
		boolean own = ItaPrincipal.current().map(u -> u.canSeeAgency(agencyCode)).orElse(false);
		Optional<PlanDocument> found = own ? this.plans.plan(fiscalYear, agencyCode, kind) : Optional.empty();
		PlanDocument plan = found.orElseThrow(() -> new NotFoundException("No such plan"));
		List<String> headers = headers(locale, "documents.col.", "project", "activityNo", "activityGroup", "activity",
				"kpi", "unit", "target", "budget", "spent", "status", "percent", "months", "responsible",
				"lastProgress", "results", "overBudget", "late");
		return new Table("Plan " + fiscalYear, headers, sink -> {
			for (Project p : plan.projects()) {
				for (Activity a : p.activities()) {
					var last = a.progress().isEmpty() ? null : a.progress().get(a.progress().size() - 1);
					sink.row(Arrays.asList(p.name(), a.code(), a.groupName(), a.name(), a.kpi(), a.unit(),
							a.targetQuantity(), a.budget(), a.spent(), msg("planning.progress." + a.status(), locale),
							a.percent(), months(a.months(), locale), a.responsibleGroup(),
							(last == null) ? null : last.date(), (last == null) ? null : last.narrative(),
							yesNo(a.overBudget(), locale), yesNo(a.late(), locale)));
				}
			}
			List<Object> total = new ArrayList<>(Arrays.asList(new Object[headers.size()]));
			total.set(0, msg("documents.o32.total", locale));
			total.set(7, plan.totalBudget());
			total.set(8, plan.totalSpent());
			sink.row(total);
		});
	}

	private String months(List<YearMonth> months, Locale locale) {
		return months.stream()
			.map(m -> ThaiDates.formatShort(m.atDay(1), locale).replaceFirst("^\\S+ ", ""))
			.collect(Collectors.joining(", "));
	}

	private String yesNo(boolean value, Locale locale) {
		return msg(value ? "documents.yes" : "documents.no", locale);
	}

	private List<String> headers(Locale locale, String prefix, String... keys) {
		return Arrays.stream(keys).map(k -> msg(prefix + k, locale)).toList();
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
