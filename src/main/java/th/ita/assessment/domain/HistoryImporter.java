package th.ita.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyDirectory;
import th.ita.audit.AuditTrail;
import th.ita.shared.NotFoundException;
import th.ita.shared.ThaiDates;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results from before the system: imported from CSV all or nothing (every row is checked
 * first; a file with any bad row stores nothing), upserted by (agency, fiscal year) with
 * an audit entry per created or changed result.
 */
@Service
@Transactional(readOnly = true)
public class HistoryImporter {

	/** The largest file accepted. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** The first fiscal year of the ITA (NACC, 2557). */
	public static final int FIRST_YEAR = 2557;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final String[] COLUMNS = HistoryCsv.FULL_HEADER.split(",");

	private final HistoryRows rows;

	private final AgencyDirectory agencies;

	private final AuditTrail audit;

	private final Clock clock;

	HistoryImporter(HistoryRows rows, AgencyDirectory agencies, AuditTrail audit, Clock clock) {
		this.rows = rows;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** The agency's results, oldest year first. */
	public List<HistoryEntry> of(String agencyCode) {
		if (!this.agencies.exists(agencyCode)) {
			throw new NotFoundException("No agency " + agencyCode);
		}
		return this.rows.of(agencyCode);
	}

	/** The latest fiscal year a result may have: the current one. */
	public int lastYear() {
		return ThaiDates.fiscalYear(this.clock.instant().atZone(ThaiDates.BANGKOK).toLocalDate());
	}

	@Transactional
	public HistoryResult importCsv(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			return HistoryResult.failed(List.of(new HistoryError(0, null, "too-large", String.valueOf(MAX_BYTES))));
		}
		HistoryCsv.Parsed parsed = HistoryCsv.parse(bytes);
		if (!parsed.errors().isEmpty()) {
			return HistoryResult.failed(parsed.errors());
		}
		List<HistoryError> errors = new ArrayList<>();
		List<HistoryEntry> entries = new ArrayList<>();
		Map<String, Integer> firstLine = new HashMap<>();
		Map<String, Boolean> known = new HashMap<>();
		int lastYear = lastYear();
		for (HistoryCsv.Row row : parsed.rows()) {
			int before = errors.size();
			int line = row.line();
			List<String> v = row.values();
			Integer year = integer(v.get(0), line, errors);
			if (year != null && (year < FIRST_YEAR || year > lastYear)) {
				errors.add(new HistoryError(line, COLUMNS[0], "year-out-of-range", String.valueOf(year),
						String.valueOf(FIRST_YEAR), String.valueOf(lastYear)));
			}
			String code = v.get(1);
			if (code.isEmpty()) {
				errors.add(new HistoryError(line, COLUMNS[1], "required"));
			}
			else if (!known.computeIfAbsent(code, this.agencies::exists)) {
				errors.add(new HistoryError(line, COLUMNS[1], "unknown-agency", code));
			}
			BigDecimal score = score(v.get(2), COLUMNS[2], true, line, errors);
			List<@Nullable BigDecimal> indicators = new ArrayList<>();
			for (int i = 3; i < v.size(); i++) {
				indicators.add(score(v.get(i), COLUMNS[i], false, line, errors));
			}
			if (year != null && !code.isEmpty()) {
				Integer first = firstLine.putIfAbsent(year + "/" + code, line);
				if (first != null) {
					errors.add(new HistoryError(line, COLUMNS[1], "duplicate", code, String.valueOf(year),
							String.valueOf(first)));
				}
			}
			if (errors.size() == before && year != null && score != null) {
				if (indicators.stream().allMatch(java.util.Objects::isNull)) {
					indicators.clear();
				}
				entries.add(new HistoryEntry(code, year, score, indicators));
			}
		}
		if (!errors.isEmpty()) {
			return HistoryResult.failed(errors);
		}
		return apply(entries);
	}

	private HistoryResult apply(List<HistoryEntry> entries) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (HistoryEntry entry : entries) {
			HistoryEntry before = this.rows.find(entry.agencyCode(), entry.fiscalYear()).orElse(null);
			String id = entry.agencyCode() + "/" + entry.fiscalYear();
			if (before == null) {
				this.rows.upsert(entry);
				this.audit.record("history.created", "history", id, null, entry);
				created++;
			}
			else if (!same(before, entry)) {
				this.rows.upsert(entry);
				this.audit.record("history.updated", "history", id, before, entry);
				updated++;
			}
			else {
				unchanged++;
			}
		}
		return new HistoryResult(created, updated, unchanged, List.of());
	}

	private static boolean same(HistoryEntry a, HistoryEntry b) {
		if (a.itaScore().compareTo(b.itaScore()) != 0 || a.indicators().size() != b.indicators().size()) {
			return false;
		}
		for (int i = 0; i < a.indicators().size(); i++) {
			BigDecimal x = a.indicators().get(i);
			BigDecimal y = b.indicators().get(i);
			if ((x == null) != (y == null) || x != null && y != null && x.compareTo(y) != 0) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable Integer integer(String value, int line, List<HistoryError> errors) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			errors.add(new HistoryError(line, COLUMNS[0], value.isEmpty() ? "required" : "not-a-number", value));
			return null;
		}
	}

	private static @Nullable BigDecimal score(String value, String column, boolean required, int line,
			List<HistoryError> errors) {
		if (value.isEmpty()) {
			if (required) {
				errors.add(new HistoryError(line, column, "required"));
			}
			return null;
		}
		BigDecimal score;
		try {
			score = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			errors.add(new HistoryError(line, column, "not-a-number", value));
			return null;
		}
		if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
			errors.add(new HistoryError(line, column, "score-out-of-range", value));
			return null;
		}
		return score.setScale(2, RoundingMode.HALF_UP);
	}

}
