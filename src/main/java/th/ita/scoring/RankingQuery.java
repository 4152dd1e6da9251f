package th.ita.scoring;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;

/**
 * Filter, sort and page of a round's ranking.
 *
 * @param type only agencies of this type, or all
 * @param region only this region, or all
 * @param province only this province (Thai name), or all
 * @param search a part of the Thai (or English) name or the code, or none
 * @param sort {@code RANK} (best first), {@code NAME} (Thai order) or {@code CODE}
 * @param descending reverse the sort
 * @param page 0-based page
 * @param size rows per page, 1..500
 */
public record RankingQuery(@Nullable AgencyType type, @Nullable Region region, @Nullable String province,
		@Nullable String search, Sort sort, boolean descending, int page, int size) {

	/** The largest page. */
	public static final int MAX_SIZE = 500;

	public RankingQuery {
		province = blank(province);
		search = blank(search);
		sort = (sort != null) ? sort : Sort.RANK;
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
	}

	/** Everything, ranked, the first 50. */
	public static RankingQuery all() {
		return new RankingQuery(null, null, null, null, Sort.RANK, false, 0, 50);
	}

	public RankingQuery withPage(int page, int size) {
		return new RankingQuery(this.type, this.region, this.province, this.search, this.sort, this.descending, page,
				size);
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The ranking's sort orders. */
	public enum Sort {

		RANK, NAME, CODE

	}

}
