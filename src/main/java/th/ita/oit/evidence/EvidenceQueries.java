package th.ita.oit.evidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.framework.FailReason;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.framework.OitRequirement;
import th.ita.oit.evidence.EvidenceRecords.Clarification;
import th.ita.oit.evidence.EvidenceRecords.Reopening;
import th.ita.oit.evidence.EvidenceRecords.Review;
import th.ita.oit.evidence.EvidenceRecords.Revision;
import th.ita.oit.evidence.EvidenceViews.Checklist;
import th.ita.oit.evidence.EvidenceViews.ItemState;
import th.ita.oit.evidence.EvidenceViews.LinkFacts;
import th.ita.oit.evidence.EvidenceViews.OfferView;
import th.ita.oit.evidence.EvidenceViews.QueueEntry;
import th.ita.oit.evidence.EvidenceViews.UrlState;
import th.ita.oit.linkcheck.LinkCheckService;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the OIT evidence: checklists, items with their history, assessors' queues. */
@Service
@Transactional(readOnly = true)
public class EvidenceQueries {

	private final EvidenceRows rows;

	private final AssignmentRows assignments;

	private final OitAccess access;

	private final Rounds rounds;

	private final FrameworkCatalog frameworks;

	private final AgencyDirectory agencies;

	private final LinkCheckService links;

	private final OitTexts texts;

	private final EvidenceOffers offers;

	EvidenceQueries(EvidenceRows rows, AssignmentRows assignments, OitAccess access, Rounds rounds,
			FrameworkCatalog frameworks, AgencyDirectory agencies, LinkCheckService links, OitTexts texts,
			EvidenceOffers offers) {
		this.offers = offers;
		this.rows = rows;
		this.assignments = assignments;
		this.access = access;
		this.rounds = rounds;
		this.frameworks = frameworks;
		this.agencies = agencies;
		this.links = links;
		this.texts = texts;
	}

	/** The agency's whole checklist, if the user may see it. */
	public Checklist checklist(int fiscalYear, String agencyCode, ItaPrincipal user) {
		RoundSummary round = round(fiscalYear);
		this.access.requireView(fiscalYear, agencyCode, user);
		requireEnrolled(fiscalYear, agencyCode);
		List<ItemState> items = states(round, agencyCode);
		return new Checklist(fiscalYear, agencyCode,
				this.agencies.find(agencyCode).map(AgencySummary::nameTh).orElse(null), round.windows(), items);
	}

	/** One item, if the user may see the agency. */
	public ItemState item(int fiscalYear, String agencyCode, String itemCode, ItaPrincipal user) {
		Checklist checklist = checklist(fiscalYear, agencyCode, user);
		return checklist.items()
			.stream()
			.filter(i -> i.itemCode().equals(itemCode))
			.findFirst()
			.orElseThrow(() -> new FieldException("itemCode", this.texts.get("oit.error.unknownItem", itemCode)));
	}

	/**
	 * An assessor opens an item: its URLs are checked again in the background, and the
	 * item is shown with the checks stored so far.
	 */
	public ItemState open(int fiscalYear, String agencyCode, String itemCode, ItaPrincipal user) {
		round(fiscalYear);
		if (!user.isSystemAdmin()) {
			this.access.requireAssessor(fiscalYear, agencyCode, user);
		}
		ItemState item = item(fiscalYear, agencyCode, itemCode, user);
		item.urls().forEach(u -> this.links.requestCheck(u.url()));
		return item;
	}

	/** The agencies assigned to the assessor, each with its items by status. */
	public List<QueueEntry> queue(int fiscalYear, ItaPrincipal user) {
		RoundSummary round = round(fiscalYear);
		List<QueueEntry> queue = new ArrayList<>();
		for (String agencyCode : this.assignments.agencies(fiscalYear, user.username())) {
			List<ItemState> items = states(round, agencyCode);
			Map<EvidenceStatus, Long> counts = new EnumMap<>(EvidenceStatus.class);
			counts.putAll(items.stream().collect(Collectors.groupingBy(ItemState::status, Collectors.counting())));
			queue.add(new QueueEntry(agencyCode, this.agencies.find(agencyCode).map(AgencySummary::nameTh).orElse(null),
					counts, items));
		}
		return queue;
	}

	/** The round's OIT items (leaves), in framework order. */
	List<Item> oitItems(RoundSummary round) {
		return definition(round).leafItems(Instrument.OIT);
	}

	/** The reasons the round's framework offers for failing an item. */
	List<FailReason> failReasons(RoundSummary round, String itemCode) {
		return definition(round).failReasons(itemCode);
	}

	private FrameworkDefinition definition(RoundSummary round) {
		return this.frameworks.definition(round.framework())
			.orElseThrow(() -> new NotFoundException(round.framework().toString()));
	}

	/** The OIT item of the round, or 422 naming {@code itemCode}. */
	Item oitItem(RoundSummary round, String itemCode) {
		return oitItems(round).stream()
			.filter(i -> itemCode.equals(i.code()))
			.findFirst()
			.orElseThrow(() -> new FieldException("itemCode", this.texts.get("oit.error.unknownItem", itemCode)));
	}

	RoundSummary round(int fiscalYear) {
		return this.rounds.find(fiscalYear)
			.orElseThrow(() -> new NotFoundException(this.texts.get("oit.error.noRound", fiscalYear)));
	}

	void requireEnrolled(int fiscalYear, String agencyCode) {
		if (this.rounds.enrolment(fiscalYear, agencyCode).isEmpty()) {
			throw new NotFoundException(this.texts.get("oit.error.notEnrolled", agencyCode, fiscalYear));
		}
	}

	private List<ItemState> states(RoundSummary round, String agencyCode) {
		int year = round.fiscalYear();
		Map<String, EvidenceItem> items = this.rows.all(year, agencyCode);
		Map<String, List<Revision>> revisions = group(this.rows.revisions(year, agencyCode), Revision::itemCode);
		Map<String, List<Review>> reviews = group(this.rows.reviews(year, agencyCode), Review::itemCode);
		Map<String, List<Clarification>> clarifications = group(this.rows.clarifications(year, agencyCode),
				Clarification::itemCode);
		Map<String, List<Reopening>> reopenings = group(this.rows.reopenings(year, agencyCode), Reopening::itemCode);
		Map<String, EvidenceOffers.Offer> offered = this.offers.all(year, agencyCode);
		List<ItemState> states = new ArrayList<>();
		FrameworkDefinition definition = definition(round);
		for (Item item : definition.leafItems(Instrument.OIT)) {
			String code = String.valueOf(item.code());
			EvidenceItem evidence = items.getOrDefault(code, EvidenceItem.empty(year, agencyCode, code));
			List<Revision> history = revisions.getOrDefault(code, List.of());
			Revision latest = history.isEmpty() ? null : history.get(0);
			OitRequirement requirement = item.evidence();
			states.add(new ItemState(code, item.textTh(), item.textEn(),
					(requirement != null) ? requirement.textTh() : null,
					(requirement != null) ? requirement.textEn() : null,
					(requirement != null) ? requirement.period() : null,
					requirement != null && requirement.partialCredit(), evidence.status(), evidence.version(),
					(latest != null) ? latest.urls().stream().map(this::urlState).toList() : List.of(),
					(latest != null) ? latest.note() : null, reviews.getOrDefault(code, List.of()),
					clarifications.getOrDefault(code, List.of()), reopenings.getOrDefault(code, List.of()), history,
					offer(offered.get(code), latest), definition.failReasons(code)));
		}
		return states;
	}

	private static @Nullable OfferView offer(EvidenceOffers.@Nullable Offer offer, @Nullable Revision latest) {
		if (offer == null) {
			return null;
		}
		boolean used = latest != null && latest.urls().stream().anyMatch(u -> u.url().endsWith(offer.url()));
		return new OfferView(offer.url(), offer.titleTh(), offer.titleEn(), offer.offeredAt(), used);
	}

	private UrlState urlState(EvidenceUrl url) {
		@Nullable LinkFacts facts = this.links.latest(url.url()).map(LinkFacts::of).orElse(null);
		return new UrlState(url.url(), url.title(), facts);
	}

	private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
		return rows.stream().collect(Collectors.groupingBy(key));
	}

}
