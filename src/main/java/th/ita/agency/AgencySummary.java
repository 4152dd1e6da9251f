package th.ita.agency;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know about an agency.
 *
 * @param code the agency's code, e.g. {@code 4001} (สพป.ขอนแก่น เขต 1) or {@code S4001}
 * @param nameTh full Thai name
 * @param nameEn English name, if known
 * @param shortNameTh Thai short name, e.g. สพป.ขอนแก่น เขต 1, if known
 * @param type kind of agency
 * @param province Thai province name
 * @param region geographic region
 * @param parentCode code of the parent agency, if any
 * @param staffCount number of staff, if known
 */
public record AgencySummary(String code, String nameTh, @Nullable String nameEn, @Nullable String shortNameTh,
		AgencyType type, String province, Region region, @Nullable String parentCode, @Nullable Integer staffCount) {

	/** The short Thai name when there is one, otherwise the full Thai name. */
	public String displayNameTh() {
		return (this.shortNameTh != null) ? this.shortNameTh : this.nameTh;
	}

}
