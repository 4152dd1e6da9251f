package th.ita.agency.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.audit.AuditTrail;
import th.ita.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency registry: queries for pages, the API and other modules, and single edits.
 */
@Service
@Transactional(readOnly = true)
public class AgencyService implements AgencyDirectory {

	private final AgencyRows rows;

	private final AuditTrail audit;

	AgencyService(AgencyRows rows, AuditTrail audit) {
		this.rows = rows;
		this.audit = audit;
	}

	@Override
	public boolean exists(String code) {
		return this.rows.exists(code);
	}

	@Override
	public Optional<AgencySummary> find(String code) {
		return this.rows.find(code).map(Agency::summary);
	}

	@Override
	public List<AgencySummary> all() {
		return this.rows.all().stream().map(Agency::summary).toList();
	}

	/** The agency with this code, or {@link NotFoundException}. */
	public Agency get(String code) {
		return this.rows.find(code).orElseThrow(() -> new NotFoundException("No agency " + code));
	}

	public AgencyPage search(AgencyQuery query) {
		return this.rows.search(query);
	}

	/** Every agency matching the query's text and filters (paging ignored) as CSV. */
	public byte[] exportCsv(AgencyQuery query) {
		return AgencyCsv.write(this.rows.searchAll(query).stream().map(Agency::summary).toList());
	}

	/** The provinces that have agencies, in Thai dictionary order. */
	public List<String> provinces() {
		return this.rows.provinces();
	}

	/**
	 * Changes one agency. Fields left {@code null} keep their value; for the optional
	 * fields (short name, English name, parent, staff count) an empty string clears them.
	 * The code never changes.
	 * @throws AgencyValidationException when the result is invalid
	 */
	@Transactional
	public Agency update(String code, AgencyFields changes) {
		Agency current = get(code);
		AgencyFields old = AgencyFields.of(current.summary());
		AgencyFields merged = new AgencyFields(code, pick(changes.nameTh(), old.nameTh()),
				pick(changes.shortTh(), old.shortTh()), pick(changes.nameEn(), old.nameEn()),
				pick(changes.type(), old.type()), pick(changes.provinceTh(), old.provinceTh()),
				pick(changes.region(), old.region()), pick(changes.parentCode(), old.parentCode()),
				pick(changes.staffCount(), old.staffCount()));
		List<ImportError> errors = new ArrayList<>();
		AgencySummary after = AgencyValidation.validate(0, merged, errors);
		if (after != null && after.parentCode() != null && !this.rows.exists(after.parentCode())) {
			errors.add(new ImportError(0, AgencyFields.PARENT_CODE, "unknown-parent", after.parentCode()));
		}
		if (after == null || !errors.isEmpty()) {
			throw new AgencyValidationException(errors);
		}
		if (!after.equals(current.summary())) {
			this.rows.update(after);
			this.audit.record("agency.updated", "agency", code, current.summary(), after);
		}
		return get(code);
	}

	private static @Nullable String pick(@Nullable String change, @Nullable String old) {
		return (change != null) ? change : old;
	}

}
