package th.ita.agency.domain;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencySummary;

/**
 * An agency as raw text, before validation: one CSV row or one edit form. Names match the
 * CSV columns.
 */
public record AgencyFields(@Nullable String code, @Nullable String nameTh, @Nullable String shortTh,
		@Nullable String nameEn, @Nullable String type, @Nullable String provinceTh, @Nullable String region,
		@Nullable String parentCode, @Nullable String staffCount) {

	public static final String CODE = "code";

	public static final String NAME_TH = "name_th";

	public static final String SHORT_TH = "short_th";

	public static final String NAME_EN = "name_en";

	public static final String TYPE = "type";

	public static final String PROVINCE_TH = "province_th";

	public static final String REGION = "region";

	public static final String PARENT_CODE = "parent_code";

	public static final String STAFF_COUNT = "staff_count";

	public static AgencyFields of(AgencySummary a) {
		return new AgencyFields(a.code(), a.nameTh(), a.shortNameTh(), a.nameEn(), a.type().name(), a.province(),
				a.region().name(), a.parentCode(), (a.staffCount() != null) ? a.staffCount().toString() : null);
	}

}
