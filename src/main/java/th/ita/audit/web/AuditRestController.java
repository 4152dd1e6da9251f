package th.ita.audit.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import th.ita.audit.ChainVerification;
import th.ita.audit.internal.AuditFilter;
import th.ita.audit.internal.AuditLog;
import th.ita.audit.internal.AuditPage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail as JSON, for the central team only. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AuditRestController {

	private final AuditLog log;

	AuditRestController(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	AuditPage list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.log.find(new AuditFilter(actor, action, entityType, entityId, from, to), page, size);
	}

	/** Recomputes the whole chain and names the first broken entry. */
	@GetMapping("/verify")
	ChainVerification verify() {
		return this.log.verify();
	}

}
