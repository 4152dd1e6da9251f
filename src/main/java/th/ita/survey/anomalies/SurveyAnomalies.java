package th.ita.survey.anomalies;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.assessment.Window;
import th.ita.audit.AuditTrail;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.ThaiDates;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anomaly report for the central team (system admins) and excluding a flagged group
 * with a reason (audited as {@code survey.responses-excluded} with the flag, the count
 * and the reason: nothing about a respondent). Flagged responses stay counted until
 * excluded; excluded ones drop out of {@code SurveyResults} and progress.
 * <p>
 * A day is a burst for an agency's instrument when it has at least
 * {@code ita.survey.anomalies.burst-min} (20) responses and at least
 * {@code ita.survey.anomalies.burst-factor} (5) times the agency's average per day of the
 * collection window so far. Identical answers: groups of at least
 * {@code ita.survey.anomalies.identical-min} (5). Straight-lining: every rating item
 * (scale of 3 or more options; at least 5 of them) with the same value.
 */
@Service
public class SurveyAnomalies {

	static final int MAX_REASON = 500;

	private final AnomalyRows rows;

	private final Rounds rounds;

	private final BurstMonitor monitor;

	private final AuditTrail audit;

	private final FrameworkCatalog frameworks;

	private final MessageSource messages;

	private final int burstMin;

	private final double burstFactor;

	private final int identicalMin;

	SurveyAnomalies(AnomalyRows rows, Rounds rounds, BurstMonitor monitor, AuditTrail audit,
			FrameworkCatalog frameworks, MessageSource messages,
			@Value("${ita.survey.anomalies.burst-min:20}") int burstMin,
			@Value("${ita.survey.anomalies.burst-factor:5}") double burstFactor,
			@Value("${ita.survey.anomalies.identical-min:5}") int identicalMin) {
		this.rows = rows;
		this.rounds = rounds;
		this.monitor = monitor;
		this.audit = audit;
		this.frameworks = frameworks;
		this.messages = messages;
		this.burstMin = burstMin;
		this.burstFactor = burstFactor;
		this.identicalMin = identicalMin;
	}

	/**
	 * The report of a round (system admin).
	 * @throws AccessDeniedException unless a system admin is signed in
	 * @throws NotFoundException for an unknown round
	 */
	@Transactional(readOnly = true)
	public AnomalyReport report(int fiscalYear) {
		requireAdmin();
		RoundSummary round = this.rounds.find(fiscalYear)
			.orElseThrow(() -> new NotFoundException(text("survey.notFound.round", String.valueOf(fiscalYear))));
		List<AnomalyReport.Flag> flags = new ArrayList<>(flags(round).values());
		flags.sort(Comparator.comparingLong(AnomalyReport.Flag::responses)
			.reversed()
			.thenComparing(AnomalyReport.Flag::id));
		List<AnomalyReport.Exclusion> exclusions = this.rows.exclusions(fiscalYear);
		long excluded = exclusions.stream().mapToLong(AnomalyReport.Exclusion::responses).sum();
		return new AnomalyReport(fiscalYear, this.rows.responses(fiscalYear), excluded, List.copyOf(flags),
				this.monitor.bursts(fiscalYear), exclusions);
	}

	/** An admin's decision on a flag: the round, the flag and the stated reason. */
	private record Decision(RoundSummary round, AnomalyReport.Flag flag, String why) {
	}

	private Decision decision(int fiscalYear, @Nullable String flagId, @Nullable String reason) {
		requireAdmin();
		RoundSummary round = this.rounds.find(fiscalYear)
			.orElseThrow(() -> new NotFoundException(text("survey.notFound.round", String.valueOf(fiscalYear))));
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new FieldException("reason", text("survey.anomalies.reason.required", MAX_REASON));
		}
		AnomalyReport.Flag flag = (flagId != null) ? flags(round).get(flagId) : null;
		if (flag == null) {
			throw new NotFoundException(text("survey.anomalies.flag.unknown"));
		}
		return new Decision(round, flag, why);
	}

	/**
	 * Excludes the responses of a flagged group from the results (system admin; audited).
	 * @return how many responses were excluded by this call
	 * @throws FieldException naming {@code reason} when it is empty or too long
	 * @throws NotFoundException naming no field when the round has no such flag
	 */
	@Transactional
	public int exclude(int fiscalYear, @Nullable String flagId, @Nullable String reason) {
		Decision decision = decision(fiscalYear, flagId, reason);
		RoundSummary round = decision.round();
		AnomalyReport.Flag flag = decision.flag();
		String why = decision.why();
		int excluded = this.rows.exclude(fiscalYear, flag, why, LocalDate.now(ThaiDates.BANGKOK), rated(round));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", flag.kind().name());
		after.put("agency", flag.agencyCode());
		after.put("instrument", flag.instrument());
		after.put("responses", excluded);
		after.put("reason", why);
		this.audit.record("survey.responses-excluded", "survey-anomaly", fiscalYear + "/" + flag.id(), null, after);
		return excluded;
	}

	/**
	 * Undoes the exclusion of a flagged group: its responses count again (system admin;
	 * audited as {@code survey.exclusion-undone} with the flag, the count and the
	 * reason).
	 * @return how many responses count again
	 * @throws FieldException naming {@code reason} when it is empty or too long
	 * @throws NotFoundException naming no field when the round has no such flag
	 */
	@Transactional
	public int restore(int fiscalYear, @Nullable String flagId, @Nullable String reason) {
		Decision decision = decision(fiscalYear, flagId, reason);
		RoundSummary round = decision.round();
		AnomalyReport.Flag flag = decision.flag();
		String why = decision.why();
		int restored = this.rows.restore(fiscalYear, flag, rated(round));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", flag.kind().name());
		after.put("agency", flag.agencyCode());
		after.put("instrument", flag.instrument());
		after.put("responses", restored);
		after.put("reason", why);
		this.audit.record("survey.exclusion-undone", "survey-anomaly", fiscalYear + "/" + flag.id(), null, after);
		return restored;
	}

	private Map<String, AnomalyReport.Flag> flags(RoundSummary round) {
		int fiscalYear = round.fiscalYear();
		Map<String, AnomalyReport.Flag> flags = new LinkedHashMap<>();
		long days = windowDays(round);
		for (AnomalyRows.Count day : this.rows.days(fiscalYear)) {
			double expected = (double) day.total() / days;
			if (day.responses() >= this.burstMin && day.responses() >= this.burstFactor * expected) {
				add(flags,
						new AnomalyReport.Flag(id("BURST", day, String.valueOf(day.day())), AnomalyReport.Kind.BURST,
								day.agencyCode(), day.instrument(), day.day(), day.responses(), day.excluded(),
								Math.round(expected * 10) / 10.0));
			}
		}
		for (AnomalyRows.Count group : this.rows.identical(fiscalYear, this.identicalMin)) {
			add(flags,
					new AnomalyReport.Flag(id("IDENTICAL", group, String.valueOf(group.key())),
							AnomalyReport.Kind.IDENTICAL, group.agencyCode(), group.instrument(), null,
							group.responses(), group.excluded(), null));
		}
		for (AnomalyRows.Count group : this.rows.straight(fiscalYear, rated(round))) {
			add(flags, new AnomalyReport.Flag(id("STRAIGHT_LINE", group, "all"), AnomalyReport.Kind.STRAIGHT_LINE,
					group.agencyCode(), group.instrument(), null, group.responses(), group.excluded(), null));
		}
		return flags;
	}

	/** Leaf items of both surveys rated on a scale of 3 or more options. */
	private String[] rated(RoundSummary round) {
		FrameworkDefinition framework = this.frameworks.definition(round.framework()).orElse(null);
		if (framework == null) {
			return new String[0];
		}
		return Stream.of(Instrument.IIT, Instrument.EIT)
			.flatMap(i -> framework.leafItems(i).stream())
			.filter(leaf -> framework.scale(leaf.scale()).map(s -> s.options().size() >= 3).orElse(false))
			.map(leaf -> String.valueOf(leaf.code()))
			.toArray(String[]::new);
	}

	private static void add(Map<String, AnomalyReport.Flag> flags, AnomalyReport.Flag flag) {
		flags.put(flag.id(), flag);
	}

	private static String id(String kind, AnomalyRows.Count count, String key) {
		return kind + ":" + count.agencyCode() + ":" + count.instrument() + ":" + key;
	}

	/** Days of the collection window up to today (at least 1). */
	private static long windowDays(RoundSummary round) {
		Window window = round.window(Activity.COLLECTION).orElse(null);
		if (window == null) {
			return 1;
		}
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		LocalDate to = window.to().isAfter(today) ? today : window.to();
		return Math.max(1, ChronoUnit.DAYS.between(window.from(), to) + 1);
	}

	private static void requireAdmin() {
		ItaPrincipal user = ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
		if (!user.isSystemAdmin()) {
			throw new AccessDeniedException("Only the central team's system admins see the anomaly report");
		}
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
