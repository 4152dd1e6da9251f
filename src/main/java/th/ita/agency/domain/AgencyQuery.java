package th.ita.agency.domain;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;

/**
 * A search of the registry: a free-text query (substring of code, Thai name, short name
 * or English name), filters, and a 1-based page.
 */
public record AgencyQuery(@Nullable String q, @Nullable AgencyType type, @Nullable Region region,
		@Nullable String province, int page, int size) {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 200;

	public AgencyQuery {
		q = blankToNull(q);
		province = blankToNull(province);
		page = Math.max(page, 1);
		size = (size < 1) ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
