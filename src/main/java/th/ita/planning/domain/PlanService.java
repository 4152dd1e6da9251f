package th.ita.planning.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyDirectory;
import th.ita.audit.AuditTrail;
import th.ita.planning.PlanDocument.Link;
import th.ita.planning.PlanKind;
import th.ita.planning.PlanStatus;
import th.ita.planning.ProgressStatus;
import th.ita.planning.domain.PlanInput.ProgressInput;
import th.ita.shared.ConflictException;
import th.ita.shared.EvidenceOffered;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's life: creation, the analysis texts, the workflow (submit, return, approve,
 * publish) and the progress (entries, images, the published report). Each command checks
 * who acts, calls one transition of {@link Plan}, stores it (a stale version is a 409)
 * and audits it in the same transaction. Publications publish {@link EvidenceOffered}.
 */
@Service
@Transactional
public class PlanService {

	/** Images larger than this are refused (413). */
	public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

	private final PlanRows plans;

	private final ProgressRows progress;

	private final ContentRows content;

	private final PlanLoader loader;

	private final PlanAccess access;

	private final AgencyDirectory agencies;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final PlanTexts texts;

	private final PlanValidation validation;

	private final PlanOitItems oitItems;

	PlanService(PlanRows plans, ProgressRows progress, ContentRows content, PlanLoader loader, PlanAccess access,
			AgencyDirectory agencies, AuditTrail audit, ApplicationEventPublisher events, PlanTexts texts,
			PlanOitItems oitItems) {
		this.oitItems = oitItems;
		this.plans = plans;
		this.progress = progress;
		this.content = content;
		this.loader = loader;
		this.access = access;
		this.agencies = agencies;
		this.audit = audit;
		this.events = events;
		this.texts = texts;
		this.validation = new PlanValidation(texts);
	}

	/** An agency editor starts the year's plan of a kind (once; again is a 409). */
	public void create(int fiscalYear, String agencyCode, PlanKind kind, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		if (fiscalYear < 2560 || fiscalYear > 2700) {
			throw new FieldException("fiscalYear", this.texts.get("planning.error.fiscalYear"));
		}
		if (!this.agencies.exists(agencyCode)) {
			throw new NotFoundException("No such agency");
		}
		if (this.plans.find(fiscalYear, agencyCode, kind).isPresent()) {
			throw new ConflictException("fiscalYear", this.texts.get("planning.error.exists"));
		}
		long id = this.plans.create(fiscalYear, agencyCode, kind, user.username());
		this.audit.record("planning.plan-created", "planning-plan", agencyCode + "/" + fiscalYear + "/" + kind.slug(),
				null, Map.of("id", id, "status", "DRAFT"));
	}

	/** The agency's analysis of one indicator (blank removes it). */
	public void saveAnalysis(int fiscalYear, String agencyCode, PlanKind kind, int indicator, @Nullable String analysis,
			ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		this.validation.indicator("indicatorNumber", indicator);
		String text = this.validation.optional("analysis", analysis, PlanValidation.MAX_TEXT);
		String before = this.plans.analyses(plan.id()).get(indicator);
		this.plans.saveAnalysis(plan.id(), indicator, text);
		this.audit.record("planning.analysis-saved", "planning-plan", plan.key() + "/indicator-" + indicator,
				(before != null) ? Map.of("analysis", before) : null, (text != null) ? Map.of("analysis", text) : null);
	}

	public void submit(int fiscalYear, String agencyCode, PlanKind kind, ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		plan.submit();
		store(plan, "submitted", user, "planning.plan-submitted");
	}

	public void returnToDraft(int fiscalYear, String agencyCode, PlanKind kind, ItaPrincipal user) {
		this.access.requireApprover(agencyCode, user);
		Plan plan = this.loader.load(fiscalYear, agencyCode, kind);
		plan.returnToDraft();
		store(plan, "returned", user, "planning.plan-returned");
	}

	public void approve(int fiscalYear, String agencyCode, PlanKind kind, ItaPrincipal user) {
		this.access.requireApprover(agencyCode, user);
		Plan plan = this.loader.load(fiscalYear, agencyCode, kind);
		plan.approve();
		store(plan, "approved", user, "planning.plan-approved");
	}

	/** Publishes the approved plan: its public page exists from now on (O32 or O30). */
	public void publish(int fiscalYear, String agencyCode, PlanKind kind, ItaPrincipal user) {
		this.access.requireApprover(agencyCode, user);
		Plan plan = this.loader.load(fiscalYear, agencyCode, kind);
		plan.publish();
		store(plan, "published", user, "planning.plan-published");
		offerPlan(fiscalYear, agencyCode, kind, PlanQueries.publicUrl(agencyCode, fiscalYear, kind));
	}

	/**
	 * Reopens an approved or published plan as a draft so it can change; a published one
	 * leaves its public page and its OIT evidence offer is withdrawn (a {@code null}
	 * URL).
	 */
	public void reopen(int fiscalYear, String agencyCode, PlanKind kind, ItaPrincipal user) {
		this.access.requireApprover(agencyCode, user);
		Plan plan = this.loader.load(fiscalYear, agencyCode, kind);
		boolean wasPublished = plan.status() == PlanStatus.PUBLISHED;
		plan.reopen();
		store(plan, "reopened", user, "planning.plan-reopened");
		if (wasPublished) {
			offerPlan(fiscalYear, agencyCode, kind, null);
		}
	}

	/** Offers the plan (or withdraws it: {@code null}) for its OIT items of the round. */
	private void offerPlan(int fiscalYear, String agencyCode, PlanKind kind, @Nullable String url) {
		for (String item : this.oitItems.plan(kind, fiscalYear)) {
			this.events.publishEvent(new EvidenceOffered(fiscalYear, agencyCode, item, url,
					this.texts.get("planning.document." + kind.name() + ".th"),
					this.texts.get("planning.document." + kind.name() + ".en")));
		}
	}

	/** Publishes the progress report of a published plan (O33 or O31). */
	public void publishProgress(int fiscalYear, String agencyCode, PlanKind kind, ItaPrincipal user) {
		this.access.requireApprover(agencyCode, user);
		Plan plan = this.loader.load(fiscalYear, agencyCode, kind);
		plan.publishProgress();
		store(plan, "progress_published", user, "planning.progress-published");
		String url = PlanQueries.publicUrl(agencyCode, fiscalYear, kind) + "/progress";
		int round = kind.progressRound(fiscalYear);
		for (String item : this.oitItems.progress(kind, round)) {
			this.events.publishEvent(new EvidenceOffered(round, agencyCode, item, url,
					this.texts.get("planning.report." + kind.name() + ".th"),
					this.texts.get("planning.report." + kind.name() + ".en")));
		}
	}

	/**
	 * Records a dated progress entry for an activity or a measure of a published plan.
	 */
	public long recordProgress(int fiscalYear, String agencyCode, PlanKind kind, ProgressInput in, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Plan plan = this.loader.load(fiscalYear, agencyCode, kind);
		plan.requireInExecution();
		if ((in.activityId() == null) == (in.measureId() == null)) {
			throw new FieldException("activityId", this.texts.get("planning.error.target"));
		}
		if (in.activityId() != null
				&& !this.content.planOfActivity(in.activityId()).map(p -> p == plan.id()).orElse(false)) {
			throw new FieldException("activityId", this.texts.get("planning.error.unknownActivity"));
		}
		if (in.measureId() != null
				&& !this.content.measure(in.measureId()).map(m -> m.planId() == plan.id()).orElse(false)) {
			throw new FieldException("measureId", this.texts.get("planning.error.unknownMeasure"));
		}
		PlanValidation v = this.validation;
		ProgressStatus status = v.status(in.status());
		int percent = v.percent(in.percent());
		BigDecimal spent = v.amount("spent", in.spent(), false);
		String narrative = v.optional("narrative", in.narrative(), PlanValidation.MAX_TEXT);
		List<Link> links = v.links(in.links());
		var date = v.date(in.date(), PlanQueries.today());
		long id = this.progress.insert(plan.id(), in.activityId(), in.measureId(), date, status, percent, spent,
				narrative, links, user.username());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("target", (in.activityId() != null) ? "activity-" + in.activityId() : "measure-" + in.measureId());
		after.put("date", date.toString());
		after.put("status", status.name());
		after.put("percent", percent);
		after.put("spent", spent);
		after.put("links", links);
		this.audit.record("planning.progress-recorded", "planning-progress", plan.key() + "/" + id, null, after);
		return id;
	}

	/** Adds a PNG or JPEG (checked by its first bytes, at most 2 MB) to an entry. */
	public long addImage(int fiscalYear, String agencyCode, PlanKind kind, long progressId, byte[] bytes,
			ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Plan plan = this.loader.load(fiscalYear, agencyCode, kind);
		plan.requireInExecution();
		if (!this.progress.planOf(progressId).map(p -> p == plan.id()).orElse(false)) {
			throw new NotFoundException("No such progress entry");
		}
		if (bytes.length > MAX_IMAGE_BYTES) {
			throw new PayloadTooLargeException(this.texts.get("planning.error.imageTooLarge"));
		}
		String type = Images.contentType(bytes);
		if (type == null) {
			throw new FieldException("image", this.texts.get("planning.error.imageType"));
		}
		long id = this.progress.addImage(progressId, type, bytes, user.username());
		this.audit.record("planning.image-added", "planning-progress", plan.key() + "/" + progressId, null,
				Map.of("image", id, "type", type, "bytes", bytes.length));
		return id;
	}

	private void store(Plan plan, String column, ItaPrincipal user, String action) {
		if (!this.plans.transition(plan, column, user.username())) {
			throw new ConflictException("version", this.texts.get("planning.error.stale"));
		}
		this.audit.record(action, "planning-plan", plan.key(), null,
				Map.of("status", plan.status().name(), "version", plan.version() + 1));
	}

}
