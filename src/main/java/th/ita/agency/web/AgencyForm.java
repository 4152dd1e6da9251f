package th.ita.agency.web;

import org.jspecify.annotations.Nullable;
import th.ita.agency.domain.Agency;
import th.ita.agency.domain.AgencyFields;

/** The edit form of one agency (the code does not change). */
record AgencyForm(@Nullable String nameTh, @Nullable String shortTh, @Nullable String nameEn, @Nullable String type,
		@Nullable String provinceTh, @Nullable String region, @Nullable String parentCode,
		@Nullable String staffCount) {

	static AgencyForm of(Agency a) {
		return new AgencyForm(a.nameTh(), nz(a.shortNameTh()), nz(a.nameEn()), a.type().name(), a.province(),
				a.region().name(), nz(a.parentCode()), (a.staffCount() != null) ? a.staffCount().toString() : "");
	}

	/** Empty optional fields clear the stored value. */
	AgencyFields fields(String code) {
		return new AgencyFields(code, nz(this.nameTh), nz(this.shortTh), nz(this.nameEn), nz(this.type),
				nz(this.provinceTh), nz(this.region), nz(this.parentCode), nz(this.staffCount));
	}

	private static String nz(@Nullable String s) {
		return (s != null) ? s : "";
	}

}
