package th.ita.integrity;

/**
 * The documents of the integrity registers (indicator 10) that an agency publishes once
 * per fiscal year, each on a stable public URL
 * {@code /public/agencies/{code}/integrity/{fiscalYear}/{slug}}. The OIT items each
 * answers depend on the round's framework: see {@code integrity/oit-items.properties} (in
 * {@code ITA-ESA-2567}: O25, O27 and ESA-O1, O28, O29, O23; none for the declaration of
 * intent and the integrity policy, which that framework has no item of their own for).
 */
public enum IntegrityDocument {

	/** ประกาศเจตจำนงสุจริตในการบริหารงาน. */
	INTEGRITY_INTENT("integrity-intent", true),
	/** ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy). */
	NO_GIFT_POLICY("no-gift-policy", true),
	/** ประกาศนโยบายคุณธรรมและความโปร่งใส: ten commitments, one per indicator. */
	INTEGRITY_POLICY("integrity-policy", true),
	/** รายงานผลตามนโยบาย No Gift Policy and the report of gifts kept under the rules. */
	GIFT_REPORT("gifts", false),
	/** การประเมินความเสี่ยงการทุจริต (การให้และรับสินบน). */
	RISK_ASSESSMENT("risks", false),
	/** รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต. */
	RISK_TREATMENT("risk-treatment", false),
	/** ข้อมูลสถิติเรื่องร้องเรียนการทุจริตประจำปี. */
	COMPLAINT_STATS("complaints", false);

	private final String slug;

	private final boolean announcement;

	IntegrityDocument(String slug, boolean announcement) {
		this.slug = slug;
		this.announcement = announcement;
	}

	/** The last segment of the public URL. */
	public String slug() {
		return this.slug;
	}

	/** True for the three announcements (ประกาศ) signed by the executive. */
	public boolean isAnnouncement() {
		return this.announcement;
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
