package th.ita.agency.domain;

import java.util.List;

/** One page of search results; {@code page} is 1-based. */
public record AgencyPage(List<Agency> items, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
