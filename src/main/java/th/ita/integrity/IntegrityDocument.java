package th.ita.integrity;

import java.util.List;

/**
 * The documents of the integrity registers (indicator 10) that an agency publishes once
 * per fiscal year, each on a stable public URL
 * {@code /public/agencies/{code}/integrity/{fiscalYear}/{slug}}, with the OIT items of
 * {@code ITA-ESA-2567} it answers (none for the declaration of intent and the integrity
 * policy: that framework has no item of their own).
 */
public enum IntegrityDocument {

	/** ประกาศเจตจำนงสุจริตในการบริหารงาน. */
	INTEGRITY_INTENT("integrity-intent", true, List.of()),
	/** ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy). */
	NO_GIFT_POLICY("no-gift-policy", true, List.of("O25")),
	/** ประกาศนโยบายคุณธรรมและความโปร่งใส: ten commitments, one per indicator. */
	INTEGRITY_POLICY("integrity-policy", true, List.of()),
	/** รายงานผลตามนโยบาย No Gift Policy and the report of gifts kept under the rules. */
	GIFT_REPORT("gifts", false, List.of("O27", "ESA-O1")),
	/** การประเมินความเสี่ยงการทุจริต (การให้และรับสินบน). */
	RISK_ASSESSMENT("risks", false, List.of("O28")),
	/** รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต. */
	RISK_TREATMENT("risk-treatment", false, List.of("O29")),
	/** ข้อมูลสถิติเรื่องร้องเรียนการทุจริตประจำปี. */
	COMPLAINT_STATS("complaints", false, List.of("O23"));

	private final String slug;

	private final boolean announcement;

	private final List<String> oitItemCodes;

	IntegrityDocument(String slug, boolean announcement, List<String> oitItemCodes) {
		this.slug = slug;
		this.announcement = announcement;
		this.oitItemCodes = oitItemCodes;
	}

	/** The last segment of the public URL. */
	public String slug() {
		return this.slug;
	}

	/** True for the three announcements (ประกาศ) signed by the executive. */
	public boolean isAnnouncement() {
		return this.announcement;
	}

	/** The OIT items this document answers, in {@code ITA-ESA-2567}. */
	public List<String> oitItemCodes() {
		return this.oitItemCodes;
	}

	/** The stable public path of this document of an agency and fiscal year. */
	public String publicPath(String agencyCode, int fiscalYear) {
		return "/public/agencies/" + agencyCode + "/integrity/" + fiscalYear + "/" + this.slug;
	}

	/** The message key of the document's title ({@code integrity.document.<NAME>}). */
	public String messageKey() {
		return "integrity.document." + name();
	}

	public static java.util.Optional<IntegrityDocument> fromSlug(String slug) {
		for (IntegrityDocument d : values()) {
			if (d.slug.equals(slug)) {
				return java.util.Optional.of(d);
			}
		}
		return java.util.Optional.empty();
	}

}
