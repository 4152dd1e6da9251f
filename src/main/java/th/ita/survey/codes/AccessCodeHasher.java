package th.ita.survey.codes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keyed hash of an access code: HMAC-SHA-256 of the canonical code with the server's
 * code secret. The secret is {@code ita.survey.code-secret} (env
 * {@code ITA_SURVEY_CODE_SECRET}, at least 32 characters) when set; otherwise one is
 * generated (32 bytes from {@link SecureRandom}) on first start and kept in
 * {@code survey_secret}, so that all nodes share it. Changing the secret invalidates
 * every code issued before. The secret is never logged.
 */
@Component
class AccessCodeHasher {

	static final String ALGORITHM = "HmacSHA256";

	static final String SECRET_NAME = "access-code";

	static final int MIN_CONFIGURED_LENGTH = 32;

	private static final Logger log = LoggerFactory.getLogger(AccessCodeHasher.class);

	/**
	 * One keyed Mac per thread: {@link Mac#getInstance} and {@code init} cost per call.
	 */
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	private final String configured;

	private final SurveySecretRows secrets;

	private final TransactionTemplate ownTransaction;

	private volatile @Nullable SecretKeySpec key;

	AccessCodeHasher(@Value("${ita.survey.code-secret:}") String configured, SurveySecretRows secrets,
			PlatformTransactionManager transactions) {
		this.configured = configured.strip();
		this.secrets = secrets;
		this.ownTransaction = new TransactionTemplate(transactions);
		// Never inside a caller's transaction: a rolled-back caller must not leave this
		// node with a secret that no other node knows.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		if (!this.configured.isEmpty() && this.configured.length() < MIN_CONFIGURED_LENGTH) {
			throw new IllegalStateException("ita.survey.code-secret (ITA_SURVEY_CODE_SECRET) must have at least "
					+ MIN_CONFIGURED_LENGTH + " characters");
		}
	}

	/** Load or create the secret at start-up, so that the first request does not. */
	@EventListener(ApplicationReadyEvent.class)
	void loadSecret() {
		key();
	}

	/** The 32-byte keyed hash of a canonical code. */
	byte[] hash(String canonicalCode) {
		// doFinal resets the Mac, so each thread keeps one, keyed once.
		return this.macs.get().doFinal(canonicalCode.getBytes(StandardCharsets.US_ASCII));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key());
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current == null) {
			synchronized (this) {
				current = this.key;
				if (current == null) {
					current = new SecretKeySpec(loadOrCreate(), ALGORITHM);
					this.key = current;
				}
			}
		}
		return current;
	}

	private byte[] loadOrCreate() {
		if (!this.configured.isEmpty()) {
			return this.configured.getBytes(StandardCharsets.UTF_8);
		}
		byte[] secret = this.ownTransaction.execute(status -> {
			if (this.secrets.find(SECRET_NAME).isEmpty()) {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				this.secrets.insertIfAbsent(SECRET_NAME, fresh);
				log.warn("ita.survey.code-secret is not set: generated an access-code secret and stored it in "
						+ "survey_secret. Production should set ITA_SURVEY_CODE_SECRET.");
			}
			return this.secrets.find(SECRET_NAME).orElseThrow();
		});
		if (secret == null) {
			throw new IllegalStateException("No access-code secret");
		}
		return secret;
	}

}
