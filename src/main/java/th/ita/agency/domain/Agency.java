package th.ita.agency.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencySummary;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;

/**
 * One registered agency with its timestamps, as the agency module's pages and API see it.
 */
public record Agency(String code, String nameTh, @Nullable String shortNameTh, @Nullable String nameEn, AgencyType type,
		String province, Region region, @Nullable String parentCode, @Nullable Integer staffCount, Instant createdAt,
		Instant updatedAt) {

	public AgencySummary summary() {
		return new AgencySummary(this.code, this.nameTh, this.nameEn, this.shortNameTh, this.type, this.province,
				this.region, this.parentCode, this.staffCount);
	}

	public String displayNameTh() {
		return (this.shortNameTh != null) ? this.shortNameTh : this.nameTh;
	}

}
