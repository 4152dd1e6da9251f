package th.ita.survey.responses;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Enrolment;
import th.ita.assessment.Rounds;
import th.ita.framework.Instrument;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response counts per agency and instrument against the enrolment's minimum sample and
 * population. Agency users see their own agency; the central team (system admins and
 * national executives) sees every agency.
 */
@Service
public class SurveyProgress {

	private final Rounds rounds;

	private final ResponseRows responses;

	private final MessageSource messages;

	SurveyProgress(Rounds rounds, ResponseRows responses, MessageSource messages) {
		this.rounds = rounds;
		this.responses = responses;
		this.messages = messages;
	}

	/**
	 * One instrument of one agency; {@code percent} is responses as a share of the
	 * minimum sample (1 decimal; {@code null} when the minimum is 0).
	 */
	public record InstrumentProgress(String instrument, long responses, int minimum, int population,
			@Nullable BigDecimal percent) {
	}

	public record AgencyProgress(int fiscalYear, String agencyCode, List<InstrumentProgress> instruments) {
	}

	/**
	 * The progress of one agency, or of every agency the user may see when
	 * {@code agencyCode} is {@code null}.
	 * @throws AccessDeniedException when not signed in or the agency is not the user's
	 * @throws NotFoundException for an unknown round or an agency not enrolled
	 */
	@Transactional(readOnly = true)
	public List<AgencyProgress> progress(int fiscalYear, @Nullable String agencyCode) {
		ItaPrincipal user = ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
		boolean central = user.agencyCode() == null && (user.isSystemAdmin() || user.hasRole(Role.EXECUTIVE));
		if (this.rounds.find(fiscalYear).isEmpty()) {
			throw new NotFoundException(text("survey.notFound.round", String.valueOf(fiscalYear)));
		}
		String wanted = (agencyCode != null) ? agencyCode : (central ? null : user.agencyCode());
		if (wanted == null && !central) {
			throw new AccessDeniedException("No agency");
		}
		if (wanted != null && !central && !wanted.equals(user.agencyCode())) {
			throw new AccessDeniedException("Not your agency");
		}
		List<Enrolment> enrolments;
		List<ResponseRows.GroupCount> counts;
		if (wanted != null) {
			enrolments = List.of(this.rounds.enrolment(fiscalYear, wanted)
				.orElseThrow(() -> new NotFoundException(text("survey.notFound.enrolment"))));
			counts = this.responses.groupCounts(fiscalYear, wanted);
		}
		else {
			enrolments = this.rounds.enrolments(fiscalYear);
			counts = this.responses.groupCounts(fiscalYear);
		}
		Map<String, Long> byScope = new HashMap<>();
		counts.forEach(c -> byScope.merge(c.agencyCode() + "/" + c.instrument(), c.count(), Long::sum));
		List<AgencyProgress> result = new ArrayList<>();
		for (Enrolment enrolment : enrolments) {
			List<InstrumentProgress> instruments = new ArrayList<>();
			for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
				long n = byScope.getOrDefault(enrolment.agencyCode() + "/" + instrument.name(), 0L);
				int minimum = enrolment.minimumSample(instrument);
				BigDecimal percent = (minimum == 0) ? null
						: BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(minimum), 1, RoundingMode.HALF_UP);
				instruments.add(new InstrumentProgress(instrument.name(), n, minimum, enrolment.population(instrument),
						percent));
			}
			result.add(new AgencyProgress(fiscalYear, enrolment.agencyCode(), instruments));
		}
		return result;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
