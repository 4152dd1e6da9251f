package th.ita.oit.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.Window;
import th.ita.framework.EvidencePeriod;
import th.ita.framework.FailReason;
import th.ita.oit.evidence.EvidenceRecords.Clarification;
import th.ita.oit.evidence.EvidenceRecords.Reopening;
import th.ita.oit.evidence.EvidenceRecords.Review;
import th.ita.oit.evidence.EvidenceRecords.Revision;
import th.ita.oit.linkcheck.StoredLinkCheck;

/** What pages and the JSON API show of an agency's OIT evidence. */
public final class EvidenceViews {

	private EvidenceViews() {
	}

	/** The latest link check of a URL. */
	public record LinkFacts(String outcome, @Nullable Integer httpStatus, @Nullable String finalUrl,
			@Nullable String contentType, @Nullable String sha256, Instant checkedAt, boolean changed, boolean broken) {

		static LinkFacts of(StoredLinkCheck check) {
			var r = check.result();
			return new LinkFacts(r.outcome().name(), r.httpStatus(), r.finalUrl(), r.contentType(), r.sha256(),
					r.checkedAt(), check.changed(), check.broken());
		}

	}

	/**
	 * A URL of the latest revision with its latest link check (null: not checked yet).
	 */
	public record UrlState(String url, String title, @Nullable LinkFacts check) {
	}

	/**
	 * One item: the framework's requirement, the evidence's state and its whole history
	 * (newest first), and the reasons the framework offers for failing it.
	 */
	public record ItemState(String itemCode, @Nullable String textTh, @Nullable String textEn,
			@Nullable String requirementTh, @Nullable String requirementEn, @Nullable EvidencePeriod period,
			boolean partialCredit, EvidenceStatus status, long version, List<UrlState> urls, @Nullable String note,
			List<Review> reviews, List<Clarification> clarifications, List<Reopening> reopenings,
			List<Revision> revisions, @Nullable OfferView offer, List<FailReason> failReasons) {

		/**
		 * The reason of a verdict as shown: a framework reason chosen without free text
		 * in the reader's language, otherwise the stored text.
		 */
		public @Nullable String reasonText(Review review, boolean english) {
			return this.failReasons.stream()
				.filter(f -> f.code() != null && f.code().equals(review.reasonCode()) && f.textTh() != null
						&& f.textTh().equals(review.reason()))
				.findFirst()
				.map(f -> f.text(english))
				.orElse(review.reason());
		}

		/** The newest verdict, if any. */
		public @Nullable Review latestReview() {
			return this.reviews.isEmpty() ? null : this.reviews.get(0);
		}

	}

	/**
	 * A document another module published on the agency's public page for this item:
	 * {@code url} as published (an absolute path on this site, or a full URL);
	 * {@code used} when the item's latest URLs already include it.
	 */
	public record OfferView(String url, String titleTh, @Nullable String titleEn, Instant offeredAt, boolean used) {
	}

	/** An agency's checklist in a round, with the OIT windows. */
	public record Checklist(int fiscalYear, String agencyCode, @Nullable String agencyName,
			Map<Activity, Window> windows, List<ItemState> items) {
	}

	/** An assessor's queue: one entry per assigned agency. */
	public record QueueEntry(String agencyCode, @Nullable String agencyName, Map<EvidenceStatus, Long> counts,
			List<ItemState> items) {
	}

}
