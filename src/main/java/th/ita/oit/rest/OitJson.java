package th.ita.oit.rest;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.oit.evidence.EvidenceInput.UrlInput;

/** The JSON bodies of the OIT API. */
final class OitJson {

	private OitJson() {
	}

	/** {@code PUT …/items/{itemCode}}. */
	record Save(@Nullable List<@Nullable UrlInput> urls, @Nullable String note, @Nullable Long version) {
	}

	/** The answer of {@code POST …/submit}: the items submitted. */
	record SubmittedAll(int fiscalYear, String agencyCode, List<String> submitted) {
	}

	/**
	 * {@code POST …/items/{itemCode}/reviews}: {@code reasonCode} one of the item's
	 * {@code failReasons}, {@code reason} free text (a FAIL needs one of them).
	 */
	record ReviewBody(@Nullable String verdict, @Nullable String reasonCode, @Nullable String reason,
			@Nullable String comment, @Nullable BigDecimal score) {
	}

	/** {@code POST …/items/{itemCode}/clarifications}. */
	record Clarify(@Nullable List<@Nullable UrlInput> urls, @Nullable String explanation) {
	}

	/** {@code POST …/items/{itemCode}/reopen}. */
	record Reopen(@Nullable String reason) {
	}

	/** {@code POST /api/v1/rounds/{fiscalYear}/assessors}. */
	record Assign(@Nullable String username, @Nullable List<@Nullable String> agencies) {
	}

	record Assigned(int fiscalYear, String username, List<String> agencies) {
	}

}
