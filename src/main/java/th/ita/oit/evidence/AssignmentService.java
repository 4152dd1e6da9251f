package th.ita.oit.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyDirectory;
import th.ita.assessment.Rounds;
import th.ita.audit.AuditTrail;
import th.ita.shared.FieldException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which assessors review which agencies in a round. The username is taken as given: the
 * identity module is not a dependency of this one, so an assignment may name a user who
 * does not exist (yet); it gives that name nothing until such an assessor signs in.
 */
@Service
@Transactional
public class AssignmentService {

	private final AssignmentRows rows;

	private final EvidenceQueries queries;

	private final Rounds rounds;

	private final AgencyDirectory agencies;

	private final AuditTrail audit;

	private final OitTexts texts;

	AssignmentService(AssignmentRows rows, EvidenceQueries queries, Rounds rounds, AgencyDirectory agencies,
			AuditTrail audit, OitTexts texts) {
		this.rows = rows;
		this.queries = queries;
		this.rounds = rounds;
		this.agencies = agencies;
		this.audit = audit;
		this.texts = texts;
	}

	/**
	 * Sets the agencies an assessor reviews in the round (replacing earlier ones; an
	 * empty list removes them all). Each agency must exist and be enrolled.
	 * @return the assessor's agencies now, sorted
	 */
	public List<String> assign(int fiscalYear, @Nullable String usernameText, @Nullable List<@Nullable String> codes) {
		this.queries.round(fiscalYear);
		String username = (usernameText != null) ? usernameText.strip() : "";
		if (username.isEmpty() || username.length() > 100) {
			throw new FieldException("username", this.texts.get("oit.error.usernameRequired"));
		}
		List<String> valid = new ArrayList<>();
		List<@Nullable String> given = (codes != null) ? codes : List.of();
		for (int i = 0; i < given.size(); i++) {
			String code = (given.get(i) != null) ? given.get(i).strip() : "";
			String field = "agencies[" + i + "]";
			if (!this.agencies.exists(code)) {
				throw new FieldException(field, this.texts.get("oit.error.unknownAgency", code));
			}
			if (this.rounds.enrolment(fiscalYear, code).isEmpty()) {
				throw new FieldException(field, this.texts.get("oit.error.notEnrolled", code, fiscalYear));
			}
			if (!valid.contains(code)) {
				valid.add(code);
			}
		}
		List<String> before = this.rows.agencies(fiscalYear, username);
		this.rows.replace(fiscalYear, username, valid);
		List<String> after = this.rows.agencies(fiscalYear, username);
		this.audit.record("oit.assessors-assigned", "oit-assignment", fiscalYear + "/" + username,
				Map.of("agencies", before), Map.of("agencies", after));
		return after;
	}

	/** Every assessor of the round with their agencies. */
	@Transactional(readOnly = true)
	public Map<String, List<String>> all(int fiscalYear) {
		Map<String, List<String>> all = new TreeMap<>();
		this.rows.all(fiscalYear)
			.forEach(r -> all.computeIfAbsent(r.assessor(), k -> new ArrayList<>()).add(r.agencyCode()));
		return all;
	}

}
