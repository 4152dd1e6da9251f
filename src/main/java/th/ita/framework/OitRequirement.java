package th.ita.framework;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an OIT item's evidence must show. Without partial credit an item scores 100 when
 * it meets the requirement and 0 when not; with it a reviewer may give any score from 0
 * to 100.
 *
 * @param textTh the requirement in Thai
 * @param textEn the requirement in English
 * @param period the period the evidence must cover
 * @param partialCredit whether a reviewer may give a score between 0 and 100
 * @param failReasons reasons for a FAIL specific to this item, offered before the
 * framework's common ones (optional)
 */
public record OitRequirement(@Nullable String textTh, @Nullable String textEn, @Nullable EvidencePeriod period,
		boolean partialCredit, List<FailReason> failReasons) {

	public OitRequirement {
		failReasons = (failReasons != null) ? List.copyOf(failReasons) : List.of();
	}

	/** A requirement without reasons of its own. */
	public OitRequirement(@Nullable String textTh, @Nullable String textEn, @Nullable EvidencePeriod period,
			boolean partialCredit) {
		this(textTh, textEn, period, partialCredit, List.of());
	}

}
