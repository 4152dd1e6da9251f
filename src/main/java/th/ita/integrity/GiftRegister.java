package th.ita.integrity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import th.ita.shared.ItaPrincipal;

/**
 * The named gift register for other modules (the documents module exports it as XLSX and
 * CSV). Same rule as {@code GET /api/v1/agencies/{code}/gifts}: only the agency's users
 * and the central team (else {@code AccessDeniedException}), and every read is audited
 * ({@code integrity.gifts-read}).
 */
public interface GiftRegister {

	/** The entries of an agency's fiscal year, oldest first. */
	List<GiftEntry> entries(String agencyCode, int fiscalYear, ItaPrincipal user);

	/**
	 * One named entry (personal data).
	 *
	 * @param action {@code REFUSED}, {@code RETURNED}, {@code KEPT_WITHIN_RULES} or
	 * {@code HANDED_TO_AGENCY} (message key {@code integrity.action.<action>})
	 * @param value estimated value in baht
	 */
	record GiftEntry(long id, LocalDate receivedOn, String giver, String relation, String item, BigDecimal value,
			String action, String recordedBy) {
	}

}
