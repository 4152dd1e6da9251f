package th.ita.audit.internal;

import java.util.List;

import th.ita.audit.ChainVerification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the audit trail, for the admin page and API. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	public static final int MAX_PAGE_SIZE = 200;

	private final AuditQueries queries;

	AuditLog(AuditQueries queries) {
		this.queries = queries;
	}

	public AuditPage find(AuditFilter filter, int page, int size) {
		return this.queries.find(filter, Math.max(0, page), Math.min(Math.max(1, size), MAX_PAGE_SIZE));
	}

	public List<String> entityTypes() {
		return this.queries.entityTypes();
	}

	public ChainVerification verify() {
		return this.queries.verify();
	}

}
