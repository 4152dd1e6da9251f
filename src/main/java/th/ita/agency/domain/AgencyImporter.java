package th.ita.agency.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.ita.agency.AgencySummary;
import th.ita.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports agencies from CSV, all or nothing: every row is checked first, and a file with
 * any bad row changes nothing. Good files are upserted by code, with one audit entry per
 * created or changed agency in the same transaction.
 */
@Service
public class AgencyImporter {

	/** The largest file accepted, as for uploads ({@code spring.servlet.multipart}). */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	private final AgencyRows rows;

	private final AuditTrail audit;

	AgencyImporter(AgencyRows rows, AuditTrail audit) {
		this.rows = rows;
		this.audit = audit;
	}

	/**
	 * Reads at most {@link #MAX_BYTES} from a stream.
	 * @throws PayloadTooLargeException when there is more
	 */
	public static byte[] readLimited(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new PayloadTooLargeException(MAX_BYTES);
		}
		return bytes;
	}

	@Transactional
	public ImportResult importCsv(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw new PayloadTooLargeException(MAX_BYTES);
		}
		AgencyCsv.Parsed parsed = AgencyCsv.parse(bytes);
		if (!parsed.errors().isEmpty()) {
			return ImportResult.failed(parsed.errors());
		}
		List<ImportError> errors = new ArrayList<>();
		Map<String, Integer> lineOfCode = new HashMap<>();
		List<AgencySummary> agencies = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		for (AgencyCsv.Row row : parsed.rows()) {
			AgencySummary agency = AgencyValidation.validate(row.line(), row.fields(), errors);
			String code = AgencyValidation.trimToNull(row.fields().code());
			if (code != null) {
				Integer first = lineOfCode.putIfAbsent(code, row.line());
				if (first != null) {
					errors.add(new ImportError(row.line(), AgencyFields.CODE, "duplicate-code", code,
							String.valueOf(first)));
					continue;
				}
			}
			if (agency != null) {
				agencies.add(agency);
				lines.add(row.line());
			}
		}
		Set<String> parents = new HashSet<>();
		agencies.stream()
			.map(AgencySummary::parentCode)
			.filter(p -> p != null && !lineOfCode.containsKey(p))
			.forEach(parents::add);
		Set<String> knownParents = this.rows.findAll(parents).keySet();
		for (int i = 0; i < agencies.size(); i++) {
			String parent = agencies.get(i).parentCode();
			if (parent != null && !lineOfCode.containsKey(parent) && !knownParents.contains(parent)) {
				errors.add(new ImportError(lines.get(i), AgencyFields.PARENT_CODE, "unknown-parent", parent));
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(ImportError::line));
			return ImportResult.failed(errors);
		}
		return apply(agencies);
	}

	private ImportResult apply(List<AgencySummary> agencies) {
		Map<String, Agency> existing = this.rows.findAll(agencies.stream().map(AgencySummary::code).toList());
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (AgencySummary agency : agencies) {
			Agency before = existing.get(agency.code());
			if (before == null) {
				this.rows.insert(agency);
				this.audit.record("agency.created", "agency", agency.code(), null, agency);
				created++;
			}
			else if (!before.summary().equals(agency)) {
				this.rows.update(agency);
				this.audit.record("agency.updated", "agency", agency.code(), before.summary(), agency);
				updated++;
			}
			else {
				unchanged++;
			}
		}
		return new ImportResult(created, updated, unchanged, List.of());
	}

}
