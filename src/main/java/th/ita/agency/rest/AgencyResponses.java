package th.ita.agency.rest;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.agency.domain.Agency;
import th.ita.agency.domain.AgencyPage;

/** The JSON bodies of the agency API. */
final class AgencyResponses {

	private AgencyResponses() {
	}

	/** One agency in a list. */
	record Item(String code, String nameTh, @Nullable String nameEn, @Nullable String shortNameTh, AgencyType type,
			String province, Region region) {

		static Item of(Agency a) {
			return new Item(a.code(), a.nameTh(), a.nameEn(), a.shortNameTh(), a.type(), a.province(), a.region());
		}

	}

	/** One page of agencies; {@code page} is 1-based. */
	record ListPage(List<Item> items, int page, int size, long total) {

		static ListPage of(AgencyPage page) {
			return new ListPage(page.items().stream().map(Item::of).toList(), page.page(), page.size(), page.total());
		}

	}

	/** One agency in full. */
	record Detail(String code, String nameTh, @Nullable String nameEn, @Nullable String shortNameTh, AgencyType type,
			String province, Region region, @Nullable String parentCode, @Nullable Integer staffCount,
			Instant createdAt, Instant updatedAt) {

		static Detail of(Agency a) {
			return new Detail(a.code(), a.nameTh(), a.nameEn(), a.shortNameTh(), a.type(), a.province(), a.region(),
					a.parentCode(), a.staffCount(), a.createdAt(), a.updatedAt());
		}

	}

	/** The outcome of a successful import. */
	record Imported(int created, int updated, int unchanged) {
	}

	/** One problem of a rejected import or edit, in a problem's {@code errors}. */
	record Error(int line, @Nullable String column, String code, String message) {
	}

	/**
	 * A PATCH: absent ({@code null}) fields keep their value; an empty string clears
	 * short name, English name or parent.
	 */
	record Patch(@Nullable String nameTh, @Nullable String shortNameTh, @Nullable String nameEn, @Nullable String type,
			@Nullable String province, @Nullable String region, @Nullable String parentCode,
			@Nullable Integer staffCount) {
	}

}
