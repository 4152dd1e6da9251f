package th.ita.survey.settings;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import th.ita.assessment.Rounds;
import th.ita.audit.AuditTrail;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Per-round survey settings ({@code survey_round_setting}): whether EIT respondents need
 * an access code in that round. Read by the questionnaire and by submit; changed only by
 * a system admin, audited ({@code survey.settings-changed}). Submit reads them through
 * {@link #eitAccessCodesCached(int)}: kept for {@value #TTL_MILLIS} ms and dropped on
 * every change on this node (at once and again after the change commits).
 */
@Service
public class SurveySettings {

	/** The settings of one round. */
	public record RoundSettings(int fiscalYear, boolean eitAccessCodes) {
	}

	private final JdbcClient jdbc;

	private final Rounds rounds;

	private final AuditTrail audit;

	private final MessageSource messages;

	static final long TTL_MILLIS = 3_000;

	private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

	private record Cached(boolean eitAccessCodes, long at) {
	}

	SurveySettings(JdbcClient jdbc, Rounds rounds, AuditTrail audit, MessageSource messages) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.audit = audit;
		this.messages = messages;
	}

	/** Whether EIT needs access codes in the round (false when never set). */
	@Transactional(readOnly = true)
	public boolean eitAccessCodes(int fiscalYear) {
		return this.jdbc.sql("select eit_access_codes from survey_round_setting where fiscal_year = ?")
			.param(fiscalYear)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * {@link #eitAccessCodes(int)} from memory, at most {@value #TTL_MILLIS} ms old (and
	 * never older than the last change made on this node).
	 */
	public boolean eitAccessCodesCached(int fiscalYear) {
		long now = System.nanoTime();
		Cached cached = this.cache.get(fiscalYear);
		if (cached == null || now - cached.at() > TTL_MILLIS * 1_000_000L) {
			if (this.cache.size() > 1_000) {
				this.cache.clear();
			}
			cached = new Cached(eitAccessCodes(fiscalYear), now);
			this.cache.put(fiscalYear, cached);
		}
		return cached.eitAccessCodes();
	}

	/**
	 * The settings of a round (signed-in users).
	 * @throws NotFoundException for an unknown round
	 */
	@Transactional(readOnly = true)
	public RoundSettings get(int fiscalYear) {
		requireRound(fiscalYear);
		return new RoundSettings(fiscalYear, eitAccessCodes(fiscalYear));
	}

	/**
	 * Changes the settings of a round (system admin only; audited).
	 * @throws AccessDeniedException unless a system admin is signed in
	 * @throws NotFoundException for an unknown round
	 */
	@Transactional
	public RoundSettings update(int fiscalYear, boolean eitAccessCodes) {
		ItaPrincipal user = ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
		if (!user.isSystemAdmin()) {
			throw new AccessDeniedException("Only a system admin may change survey settings");
		}
		requireRound(fiscalYear);
		boolean before = eitAccessCodes(fiscalYear);
		forget(fiscalYear);
		this.jdbc
			.sql("""
					insert into survey_round_setting (fiscal_year, eit_access_codes) values (?, ?)
					on conflict (fiscal_year) do update set eit_access_codes = excluded.eit_access_codes, updated_at = now()""")
			.param(fiscalYear)
			.param(eitAccessCodes)
			.update();
		if (before != eitAccessCodes) {
			this.audit.record("survey.settings-changed", "survey-round-setting", String.valueOf(fiscalYear),
					Map.of("eitAccessCodes", before), Map.of("eitAccessCodes", eitAccessCodes));
		}
		return new RoundSettings(fiscalYear, eitAccessCodes);
	}

	private void forget(int fiscalYear) {
		this.cache.remove(fiscalYear);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					SurveySettings.this.cache.remove(fiscalYear);
				}
			});
		}
	}

	private void requireRound(int fiscalYear) {
		if (this.rounds.find(fiscalYear).isEmpty()) {
			throw new NotFoundException(this.messages.getMessage("survey.notFound.round",
					new Object[] { String.valueOf(fiscalYear) }, "No round", LocaleContextHolder.getLocale()));
		}
	}

}
