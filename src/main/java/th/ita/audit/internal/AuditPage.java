package th.ita.audit.internal;

import java.util.List;

import th.ita.audit.AuditEntry;

/** One page of audit entries, newest first. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

}
