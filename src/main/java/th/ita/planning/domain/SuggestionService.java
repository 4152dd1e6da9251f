package th.ita.planning.domain;

import java.util.List;

import th.ita.audit.AuditTrail;
import th.ita.planning.domain.PlanInput.MeasureInput;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggested-measure library: read by every signed-in user (to start a measure from),
 * maintained by the central team (system admins), audited.
 */
@Service
@Transactional
public class SuggestionService {

	/** A suggested measure for an indicator; a retired one is no longer offered. */
	public record Suggestion(long id, int indicatorNumber, String issue, String measure, List<String> guidelines,
			boolean retired) {
	}

	private final SuggestionRows rows;

	private final PlanAccess access;

	private final PlanValidation validation;

	private final AuditTrail audit;

	private final PlanTexts texts;

	SuggestionService(SuggestionRows rows, PlanAccess access, PlanTexts texts, AuditTrail audit) {
		this.rows = rows;
		this.access = access;
		this.validation = new PlanValidation(texts);
		this.audit = audit;
		this.texts = texts;
	}

	/** The suggestions offered to the agencies (not retired). */
	@Transactional(readOnly = true)
	public List<Suggestion> all() {
		return this.rows.all().stream().filter(s -> !s.retired()).toList();
	}

	/** The whole library, retired suggestions included (central team). */
	@Transactional(readOnly = true)
	public List<Suggestion> library(ItaPrincipal user) {
		this.access.requireSystemAdmin(user);
		return this.rows.all();
	}

	/** Retires a suggestion (or brings it back): kept, audited, no longer offered. */
	public void retire(long id, boolean retired, ItaPrincipal user) {
		this.access.requireSystemAdmin(user);
		Suggestion before = find(id);
		this.rows.retire(id, retired, user.username());
		this.audit.record(retired ? "planning.suggestion-retired" : "planning.suggestion-restored",
				"planning-suggestion", String.valueOf(id), java.util.Map.of("retired", before.retired()),
				java.util.Map.of("retired", retired));
	}

	@Transactional(readOnly = true)
	public List<Suggestion> forIndicator(int number) {
		return all().stream().filter(s -> s.indicatorNumber() == number).toList();
	}

	@Transactional(readOnly = true)
	public Suggestion find(long id) {
		return this.rows.find(id).orElseThrow(() -> new NotFoundException("No such suggestion"));
	}

	public long add(MeasureInput input, ItaPrincipal user) {
		this.access.requireSystemAdmin(user);
		Suggestion s = valid(0, input);
		long id = this.rows.insert(s, user.username());
		this.audit.record("planning.suggestion-added", "planning-suggestion", String.valueOf(id), null, s);
		return id;
	}

	public void update(long id, MeasureInput input, ItaPrincipal user) {
		this.access.requireSystemAdmin(user);
		Suggestion before = find(id);
		Suggestion s = valid(id, input);
		s = new Suggestion(s.id(), s.indicatorNumber(), s.issue(), s.measure(), s.guidelines(), before.retired());
		this.rows.update(s, user.username());
		this.audit.record("planning.suggestion-changed", "planning-suggestion", String.valueOf(id), before, s);
	}

	public void delete(long id, ItaPrincipal user) {
		this.access.requireSystemAdmin(user);
		Suggestion before = find(id);
		this.rows.delete(id);
		this.audit.record("planning.suggestion-deleted", "planning-suggestion", String.valueOf(id), before, null);
	}

	private Suggestion valid(long id, MeasureInput in) {
		if (in.indicatorNumber() == null) {
			throw new FieldException("indicatorNumber", this.texts.get("planning.error.required"));
		}
		PlanValidation v = this.validation;
		return new Suggestion(id, v.indicator("indicatorNumber", in.indicatorNumber()),
				v.required("issue", in.issue(), PlanValidation.MAX_TEXT),
				v.required("measure", in.measure(), PlanValidation.MAX_TEXT), v.lines("guidelines", in.guidelines()),
				false);
	}

}
