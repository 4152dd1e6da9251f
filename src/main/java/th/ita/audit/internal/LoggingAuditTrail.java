package th.ita.audit.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.audit.AuditTrail;

import org.springframework.stereotype.Component;

/**
 * PROVISIONAL (feat/agency only): logs audit entries so the agency module compiles and
 * runs before the real audit trail is merged. Delete when merging.
 */
@Component
class LoggingAuditTrail implements AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(LoggingAuditTrail.class);

	@Override
	public void record(String action, String entityType, String entityId, @Nullable Object before,
			@Nullable Object after) {
		log.info("audit {} {} {} before={} after={}", action, entityType, entityId, before, after);
	}

}
