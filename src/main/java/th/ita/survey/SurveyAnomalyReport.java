package th.ita.survey;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The anomaly report's flags for other modules (the documents module exports them as XLSX
 * and CSV). Same rule as {@code GET /api/v1/rounds/{fiscalYear}/surveys/anomalies}:
 * system admins only (else {@code AccessDeniedException}), {@code NotFoundException} for
 * an unknown round. A flag is a group of responses of one agency and instrument, never a
 * single response.
 */
public interface SurveyAnomalyReport {

	/** The flagged groups of the round, most responses first. */
	List<AnomalyFlag> flags(int fiscalYear);

	/**
	 * One flagged group.
	 *
	 * @param id the flag's id, e.g. {@code BURST:S4001:EIT:2024-03-05}
	 * @param kind {@code BURST}, {@code IDENTICAL} or {@code STRAIGHT_LINE} (message key
	 * {@code survey.anomalies.kind.<kind>})
	 * @param day the day (bursts), else {@code null}
	 * @param expected for bursts, the agency's average responses per day
	 */
	record AnomalyFlag(String id, String kind, String agencyCode, String instrument, @Nullable LocalDate day,
			long responses, long excluded, @Nullable Double expected) {
	}

}
