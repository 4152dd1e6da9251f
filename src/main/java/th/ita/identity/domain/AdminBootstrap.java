package th.ita.identity.domain;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: creates the {@code admin} user with {@code ITA_ADMIN_PASSWORD}, or with a
 * generated password printed once in the log. Later starts find the user and print
 * nothing.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	static final String ADMIN = "admin";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final String configuredPassword;

	AdminBootstrap(UserAccounts accounts, PasswordEncoder encoder,
			@Value("${ita.admin-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.exists(ADMIN)) {
			return;
		}
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? generate() : this.configuredPassword;
		this.accounts.insert(ADMIN, this.encoder.encode(password), "ผู้ดูแลระบบ (System administrator)",
				EnumSet.of(Role.SYSTEM_ADMIN), null);
		if (generated) {
			log.warn("""

					==========================================================
					 ITA Online: the 'admin' user was created.
					 Password (shown once, never again): {}
					==========================================================""", password);
		}
		else {
			log.info("ITA Online: the 'admin' user was created with ITA_ADMIN_PASSWORD");
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

}
