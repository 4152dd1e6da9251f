package th.ita.survey.codes;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyDirectory;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.Role;
import th.ita.survey.SurveyInstrument;
import th.ita.survey.ratelimit.FailedCodeAttempts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use access codes per (round fiscal year, agency, instrument): generated once and
 * shown once, stored as keyed hashes, used in the transaction that stores the response.
 * Nothing here logs a code.
 */
@Service
public class AccessCodeService {

	/** The most codes one request may generate. */
	public static final int MAX_COUNT = 5_000;

	/** Fiscal years accepted until rounds exist (B.E.). */
	static final int FIRST_YEAR = 2560;

	static final int LAST_YEAR = 2700;

	public static final String ACCESS_CODE_FIELD = "accessCode";

	private final AccessCodeRows rows;

	private final AccessCodeHasher hasher;

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	private final SecureRandom random = new SecureRandom();

	AccessCodeService(AccessCodeRows rows, AccessCodeHasher hasher, AgencyDirectory agencies, MessageSource messages) {
		this.rows = rows;
		this.hasher = hasher;
		this.agencies = agencies;
		this.messages = messages;
	}

	/**
	 * Generates {@code count} new codes for one agency's survey in a round. Allowed to a
	 * system admin and to the agency admin of that agency (403 otherwise).
	 * @throws NotFoundException for a fiscal year outside the accepted range or an
	 * unknown agency
	 * @throws FieldException naming {@code instrument} or {@code count}
	 */
	@Transactional
	public GeneratedCodes generate(int fiscalYear, String agencyCode, @Nullable String instrumentName,
			@Nullable Integer count) {
		if (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) {
			throw new NotFoundException("No assessment round " + fiscalYear);
		}
		requireMayIssue(agencyCode);
		if (!this.agencies.exists(agencyCode)) {
			throw new NotFoundException("No agency " + agencyCode);
		}
		// TODO(rounds): 404 unless the round exists and the agency is enrolled in it; 409
		// when the round is closed. Until the rounds module is merged any year in
		// FIRST_YEAR..LAST_YEAR is accepted.
		SurveyInstrument instrument = SurveyInstrument.parse(instrumentName)
			.orElseThrow(() -> new FieldException("instrument", text("survey.accessCode.instrument")));
		if (count == null || count < 1 || count > MAX_COUNT) {
			throw new FieldException("count", text("survey.accessCode.count", MAX_COUNT));
		}
		List<String> codes = new ArrayList<>(count);
		while (codes.size() < count) {
			Set<String> batch = new LinkedHashSet<>();
			while (batch.size() < count - codes.size()) {
				batch.add(AccessCodeFormat.generate(this.random));
			}
			List<String> candidates = new ArrayList<>(batch);
			boolean[] inserted = this.rows.insert(fiscalYear, agencyCode, instrument,
					candidates.stream().map(this.hasher::hash).toList());
			for (int i = 0; i < inserted.length; i++) {
				if (inserted[i]) {
					codes.add(AccessCodeFormat.display(candidates.get(i)));
				}
			}
		}
		return new GeneratedCodes(fiscalYear, agencyCode, instrument, codes);
	}

	/**
	 * Uses a code, in the caller's transaction (the one that stores the response): if
	 * that transaction rolls back, the code stays unused. Of two simultaneous uses of one
	 * code exactly one succeeds. A failed attempt counts against the client's guessing
	 * limit (see {@link FailedCodeAttempts}).
	 * @throws FieldException naming {@code accessCode} (422) when the code is malformed
	 * or not a code of this round, agency and instrument; the message is the same whether
	 * or not it exists elsewhere
	 * @throws ConflictException naming {@code accessCode} (409) when it was used already
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void consume(int fiscalYear, String agencyCode, SurveyInstrument instrument, @Nullable String code) {
		String canonical = AccessCodeFormat.normalize(code);
		if (canonical == null) {
			throw unknown();
		}
		byte[] hash = this.hasher.hash(canonical);
		if (this.rows.markUsed(fiscalYear, agencyCode, instrument, hash)) {
			return;
		}
		if (this.rows.exists(fiscalYear, agencyCode, instrument, hash)) {
			FailedCodeAttempts.record();
			throw new ConflictException(ACCESS_CODE_FIELD, text("survey.accessCode.used"));
		}
		throw unknown();
	}

	/** One code to use in a batch: its scope and keyed hash (from {@link #hashOf}). */
	public record CodeUse(int fiscalYear, String agencyCode, SurveyInstrument instrument, byte[] hash) {

		@Override
		public String toString() {
			return "CodeUse[" + this.fiscalYear + "/" + this.agencyCode + "/" + this.instrument + ", <redacted>]";
		}

	}

	/** What using a code of a batch found. */
	public enum CodeResult {

		USED_NOW, ALREADY_USED, UNKNOWN

	}

	/**
	 * The keyed hash of a code as typed (no database).
	 * @throws FieldException naming {@code accessCode} (422, counted as a failed attempt)
	 * when it is malformed
	 */
	public byte[] hashOf(@Nullable String code) {
		String canonical = AccessCodeFormat.normalize(code);
		if (canonical == null) {
			throw unknown();
		}
		return this.hasher.hash(canonical);
	}

	/**
	 * Uses the codes of a batch of submissions in the caller's transaction with one
	 * UPDATE (and one SELECT only when some fail). A code listed twice is used by its
	 * first listing; the later ones find it {@code ALREADY_USED}. Nothing is counted as a
	 * failed attempt here: the request that submitted it does that through
	 * {@link #rejection(CodeResult)}.
	 * @return per use, in order, what it found
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<CodeResult> consumeAll(List<CodeUse> uses) {
		List<AccessCodeRows.Use> rows = rows(uses);
		java.util.Set<String> used = new java.util.HashSet<>(this.rows.markUsed(rows));
		List<CodeResult> results = new ArrayList<>(uses.size());
		List<AccessCodeRows.Use> failed = new ArrayList<>();
		for (AccessCodeRows.Use row : rows) {
			boolean now = used.remove(HexFormat.of().formatHex(row.hash()));
			results.add(now ? CodeResult.USED_NOW : null);
			if (!now) {
				failed.add(row);
			}
		}
		java.util.Set<String> existing = this.rows.existing(failed);
		for (int i = 0; i < results.size(); i++) {
			if (results.get(i) == null) {
				results.set(i, existing.contains(HexFormat.of().formatHex(rows.get(i).hash())) ? CodeResult.ALREADY_USED
						: CodeResult.UNKNOWN);
			}
		}
		return results;
	}

	/**
	 * Gives back codes that {@link #consumeAll} used in this same transaction (their
	 * submission failed for another reason), so they stay unused when it commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(List<CodeUse> uses) {
		this.rows.markUnused(rows(uses));
	}

	/**
	 * The error for a code that could not be used, counted against the current request's
	 * client as a failed attempt: 409 for a used code, 422 for an unknown one.
	 */
	public RuntimeException rejection(CodeResult result) {
		if (result == CodeResult.ALREADY_USED) {
			FailedCodeAttempts.record();
			return new ConflictException(ACCESS_CODE_FIELD, text("survey.accessCode.used"));
		}
		return unknown();
	}

	private static List<AccessCodeRows.Use> rows(List<CodeUse> uses) {
		return uses.stream()
			.map(u -> new AccessCodeRows.Use(u.fiscalYear(), u.agencyCode(), u.instrument(), u.hash()))
			.toList();
	}

	/** Codes issued and used for one agency's survey in a round (no authorization). */
	@Transactional(readOnly = true)
	public AccessCodeCounts counts(int fiscalYear, String agencyCode, SurveyInstrument instrument) {
		return this.rows.counts(fiscalYear, agencyCode, instrument);
	}

	private FieldException unknown() {
		FailedCodeAttempts.record();
		return new FieldException(ACCESS_CODE_FIELD, text("survey.accessCode.unknown"));
	}

	static void requireMayIssue(String agencyCode) {
		ItaPrincipal user = ItaPrincipal.current()
			.orElseThrow(() -> new AccessDeniedException("Sign in to generate access codes"));
		boolean allowed = user.isSystemAdmin()
				|| user.hasRole(Role.AGENCY_ADMIN) && agencyCode.equals(user.agencyCode());
		if (!allowed) {
			throw new AccessDeniedException("Only the agency's admin or a system admin may generate access codes");
		}
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
