package th.ita.audit.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.audit.AuditTrail;

import org.springframework.stereotype.Component;

/**
 * PROVISIONAL (identity branch): only logs. The audit module's real, persistent
 * implementation replaces it; delete when merging.
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
