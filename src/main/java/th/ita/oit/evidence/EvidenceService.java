package th.ita.oit.evidence;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.audit.AuditTrail;
import th.ita.framework.FailReason;
import th.ita.framework.Item;
import th.ita.oit.EvidenceReviewed;
import th.ita.oit.evidence.EvidenceInput.UrlInput;
import th.ita.oit.evidence.EvidenceRecords.Review;
import th.ita.oit.evidence.EvidenceRecords.Revision;
import th.ita.oit.linkcheck.LinkCheckService;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OIT evidence cycle. Each command checks who may act and that the window is open,
 * loads the item, calls one transition, saves it (a stale version is a 409) with its new
 * history row, and records it in the audit trail in the same transaction.
 */
@Service
@Transactional
public class EvidenceService {

	private final EvidenceRows rows;

	private final EvidenceQueries queries;

	private final OitAccess access;

	private final Rounds rounds;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final LinkCheckService links;

	private final OitTexts texts;

	private final EvidenceOffers offers;

	EvidenceService(EvidenceRows rows, EvidenceQueries queries, OitAccess access, Rounds rounds, AuditTrail audit,
			ApplicationEventPublisher events, LinkCheckService links, OitTexts texts, EvidenceOffers offers) {
		this.offers = offers;
		this.rows = rows;
		this.queries = queries;
		this.access = access;
		this.rounds = rounds;
		this.audit = audit;
		this.events = events;
		this.links = links;
		this.texts = texts;
	}

	/** An agency editor or admin saves a new revision (OIT submission window). */
	public void save(int fiscalYear, String agencyCode, String itemCode, @Nullable List<@Nullable UrlInput> urls,
			@Nullable String note, @Nullable Long version, ItaPrincipal user) {
		Target target = target(fiscalYear, agencyCode, itemCode, user);
		this.access.requireEditor(agencyCode, user);
		this.rounds.requireOpen(fiscalYear, Activity.OIT_SUBMISSION);
		if (version == null) {
			throw new FieldException("version", this.texts.get("oit.error.versionRequired"));
		}
		List<EvidenceUrl> valid = EvidenceInput.urls(urls, this.texts);
		String text = EvidenceInput.text("note", note, this.texts);
		EvidenceItem item = target.item();
		checkVersion(item, version);
		item.save();
		store(item);
		this.rows.addRevision(item, valid, text, user.username());
		this.audit.record("oit.evidence-saved", "oit-item", item.key(), null,
				Map.of("urls", valid, "note", String.valueOf(text), "status", item.status().name()));
	}

	/**
	 * One click: the document offered for the item (see {@code EvidenceOffered}) is added
	 * to the item's latest URLs as a new draft revision, exactly like a save by the
	 * agency (same rights, window, states and audit entry); the agency still submits it.
	 * An absolute path is resolved against {@code baseUrl}. Nothing changes if the URL is
	 * already there.
	 * @return the URL used
	 */
	public String useOffer(int fiscalYear, String agencyCode, String itemCode, String baseUrl, ItaPrincipal user) {
		Target target = target(fiscalYear, agencyCode, itemCode, user);
		this.access.requireEditor(agencyCode, user);
		EvidenceOffers.Offer offer = this.offers.find(fiscalYear, agencyCode, itemCode)
			.orElseThrow(() -> new FieldException("itemCode", this.texts.get("oit.error.noOffer", itemCode)));
		String url = EvidenceOffers.resolve(offer.url(), baseUrl);
		Revision latest = latest(fiscalYear, agencyCode, itemCode);
		List<UrlInput> urls = new java.util.ArrayList<>();
		if (latest != null) {
			latest.urls().forEach(u -> urls.add(new UrlInput(u.url(), u.title())));
		}
		if (urls.stream().noneMatch(u -> url.equals(u.url()))) {
			urls.add(new UrlInput(url, offer.titleTh()));
			save(fiscalYear, agencyCode, itemCode, List.copyOf(urls), (latest != null) ? latest.note() : null,
					target.item().version(), user);
		}
		return url;
	}

	/** The agency admin submits an item; its URLs are checked in the background. */
	public void submit(int fiscalYear, String agencyCode, String itemCode, ItaPrincipal user) {
		Target target = target(fiscalYear, agencyCode, itemCode, user);
		this.access.requireAgencyAdmin(agencyCode, user);
		this.rounds.requireOpen(fiscalYear, Activity.OIT_SUBMISSION);
		EvidenceItem item = target.item();
		item.submit();
		store(item);
		List<EvidenceUrl> urls = latestUrls(fiscalYear, agencyCode, itemCode);
		this.audit.record("oit.evidence-submitted", "oit-item", item.key(), null,
				Map.of("urls", urls, "status", item.status().name()));
		urls.forEach(u -> this.links.requestCheck(u.url()));
	}

	/**
	 * The agency admin submits the whole checklist: every draft item, in one transaction.
	 * @return the codes of the items submitted, in framework order (none: no drafts)
	 */
	public List<String> submitAll(int fiscalYear, String agencyCode, ItaPrincipal user) {
		RoundSummary round = this.queries.round(fiscalYear);
		this.access.requireView(fiscalYear, agencyCode, user);
		this.queries.requireEnrolled(fiscalYear, agencyCode);
		this.access.requireAgencyAdmin(agencyCode, user);
		this.rounds.requireOpen(fiscalYear, Activity.OIT_SUBMISSION);
		List<Revision> revisions = this.rows.revisions(fiscalYear, agencyCode);
		Map<String, EvidenceItem> items = this.rows.all(fiscalYear, agencyCode);
		List<String> submitted = new java.util.ArrayList<>();
		for (Item requirement : this.queries.oitItems(round)) {
			EvidenceItem item = items.get(String.valueOf(requirement.code()));
			if (item == null || item.status() != EvidenceStatus.DRAFT) {
				continue;
			}
			item.submit();
			store(item);
			List<EvidenceUrl> urls = revisions.stream()
				.filter(r -> r.itemCode().equals(item.itemCode()))
				.findFirst()
				.map(Revision::urls)
				.orElse(List.of());
			this.audit.record("oit.evidence-submitted", "oit-item", item.key(), null,
					Map.of("urls", urls, "status", item.status().name(), "source", "checklist"));
			urls.forEach(u -> this.links.requestCheck(u.url()));
			submitted.add(item.itemCode());
		}
		return submitted;
	}

	/**
	 * An assigned assessor gives a verdict: a first review in the review window, the
	 * confirmation (which locks the item) in the confirmation window. A FAIL needs a
	 * reason: {@code reasonCode} (one the framework offers for the item) and/or free
	 * text; without free text the reason's Thai text is stored.
	 */
	public ReviewStage review(int fiscalYear, String agencyCode, String itemCode, @Nullable String verdictText,
			@Nullable String reasonCode, @Nullable String reasonText, @Nullable String commentText,
			@Nullable BigDecimal score, ItaPrincipal user) {
		Target target = target(fiscalYear, agencyCode, itemCode, user);
		this.access.requireAssessor(fiscalYear, agencyCode, user);
		ReviewStage stage;
		if (this.rounds.isOpen(fiscalYear, Activity.OIT_CONFIRMATION)) {
			stage = ReviewStage.CONFIRMATION;
		}
		else {
			this.rounds.requireOpen(fiscalYear, Activity.OIT_REVIEW);
			stage = ReviewStage.FIRST_REVIEW;
		}
		Verdict verdict = verdict(verdictText);
		FailReason chosen = failReason(target, reasonCode);
		String reason = EvidenceInput.text("reason", reasonText, this.texts);
		if (reason == null && chosen != null) {
			reason = chosen.textTh();
		}
		if (verdict == Verdict.FAIL && reason == null) {
			throw new FieldException("reason", this.texts.get("oit.error.reasonRequired"));
		}
		String comment = EvidenceInput.text("comment", commentText, this.texts);
		BigDecimal given = target.requirement().evidence() != null && target.requirement().evidence().partialCredit()
				? score(score) : null;
		EvidenceItem item = target.item();
		item.review(stage, verdict);
		store(item);
		String code = (chosen != null) ? chosen.code() : null;
		this.rows.addReview(item, stage, verdict, given, code, reason, comment, user.username());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("stage", stage.name());
		after.put("verdict", verdict.name());
		if (code != null) {
			after.put("reasonCode", code);
		}
		after.put("reason", String.valueOf(reason));
		after.put("comment", String.valueOf(comment));
		after.put("status", item.status().name());
		this.audit.record((stage == ReviewStage.CONFIRMATION) ? "oit.evidence-confirmed" : "oit.evidence-reviewed",
				"oit-item", item.key(), null, after);
		this.events.publishEvent(new EvidenceReviewed(fiscalYear, agencyCode, itemCode));
		return stage;
	}

	/**
	 * The agency answers a failed item in the clarification window: an explanation and,
	 * optionally, new URLs (none given: the latest ones are kept).
	 */
	public void clarify(int fiscalYear, String agencyCode, String itemCode, @Nullable List<@Nullable UrlInput> urls,
			@Nullable String explanationText, ItaPrincipal user) {
		Target target = target(fiscalYear, agencyCode, itemCode, user);
		this.access.requireEditor(agencyCode, user);
		this.rounds.requireOpen(fiscalYear, Activity.OIT_CLARIFICATION);
		List<EvidenceUrl> valid = EvidenceInput.urls(urls, this.texts);
		String explanation = EvidenceInput.text("explanation", explanationText, this.texts);
		if (explanation == null) {
			throw new FieldException("explanation", this.texts.get("oit.error.explanationRequired"));
		}
		if (valid.isEmpty()) {
			valid = latestUrls(fiscalYear, agencyCode, itemCode);
		}
		EvidenceItem item = target.item();
		item.clarify();
		store(item);
		Revision latest = latest(fiscalYear, agencyCode, itemCode);
		long revision = this.rows.addRevision(item, valid, (latest != null) ? latest.note() : null, user.username());
		this.rows.addClarification(item, explanation, revision, user.username());
		this.audit.record("oit.evidence-clarified", "oit-item", item.key(), null,
				Map.of("urls", valid, "explanation", explanation, "status", item.status().name()));
		valid.forEach(u -> this.links.requestCheck(u.url()));
	}

	/** A system admin reopens a locked item, with a reason. */
	public void reopen(int fiscalYear, String agencyCode, String itemCode, @Nullable String reasonText,
			ItaPrincipal user) {
		Target target = target(fiscalYear, agencyCode, itemCode, user);
		this.access.requireSystemAdmin(agencyCode, user);
		String reason = EvidenceInput.text("reason", reasonText, this.texts);
		if (reason == null) {
			throw new FieldException("reason", this.texts.get("oit.error.reasonRequired"));
		}
		EvidenceItem item = target.item();
		List<Review> reviews = this.rows.reviews(fiscalYear, agencyCode)
			.stream()
			.filter(r -> r.itemCode().equals(itemCode))
			.toList();
		item.reopen(reviews.isEmpty() ? Verdict.FAIL : reviews.get(0).verdict());
		store(item);
		this.rows.addReopening(item, reason, user.username());
		this.audit.record("oit.evidence-reopened", "oit-item", item.key(), Map.of("status", "FINAL"),
				Map.of("reason", reason, "status", item.status().name()));
		this.events.publishEvent(new EvidenceReviewed(fiscalYear, agencyCode, itemCode));
	}

	private record Target(RoundSummary round, Item requirement, EvidenceItem item) {
	}

	/**
	 * The framework's reason with that code for the item, or 422 naming
	 * {@code reasonCode}.
	 */
	private @Nullable FailReason failReason(Target target, @Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String wanted = code.strip();
		return this.queries.failReasons(target.round(), String.valueOf(target.requirement().code()))
			.stream()
			.filter(r -> wanted.equals(r.code()))
			.findFirst()
			.orElseThrow(() -> new FieldException("reasonCode", this.texts.get("oit.error.unknownReason",
					wanted.length() > 64 ? wanted.substring(0, 64) : wanted)));
	}

	/** Round, visibility, enrolment and item code, in that order (no detail leaks). */
	private Target target(int fiscalYear, String agencyCode, String itemCode, ItaPrincipal user) {
		RoundSummary round = this.queries.round(fiscalYear);
		this.access.requireView(fiscalYear, agencyCode, user);
		this.queries.requireEnrolled(fiscalYear, agencyCode);
		Item requirement = this.queries.oitItem(round, itemCode);
		EvidenceItem item = this.rows.find(fiscalYear, agencyCode, itemCode)
			.orElseGet(() -> EvidenceItem.empty(fiscalYear, agencyCode, itemCode));
		return new Target(round, requirement, item);
	}

	private void checkVersion(EvidenceItem item, long version) {
		if (item.version() != version) {
			throw new ConflictException("version", this.texts.get("oit.error.stale", version, item.version()));
		}
	}

	private void store(EvidenceItem item) {
		if (this.rows.save(item).isEmpty()) {
			throw new ConflictException("version", this.texts.get("oit.error.staleConcurrent"));
		}
	}

	private @Nullable Revision latest(int fiscalYear, String agencyCode, String itemCode) {
		return this.rows.revisions(fiscalYear, agencyCode)
			.stream()
			.filter(r -> r.itemCode().equals(itemCode))
			.findFirst()
			.orElse(null);
	}

	private List<EvidenceUrl> latestUrls(int fiscalYear, String agencyCode, String itemCode) {
		Revision latest = latest(fiscalYear, agencyCode, itemCode);
		return (latest != null) ? latest.urls() : List.of();
	}

	private Verdict verdict(@Nullable String text) {
		if (text != null) {
			for (Verdict v : Verdict.values()) {
				if (v.name().equalsIgnoreCase(text.strip())) {
					return v;
				}
			}
		}
		throw new FieldException("verdict", this.texts.get("oit.error.verdict"));
	}

	private @Nullable BigDecimal score(@Nullable BigDecimal score) {
		if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new FieldException("score", this.texts.get("oit.error.score"));
		}
		return score;
	}

}
