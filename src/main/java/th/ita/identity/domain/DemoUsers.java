package th.ita.identity.domain;

import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.shared.DemoMode;
import th.ita.shared.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts, one per role, so a person trying the demo can see every view. Created on
 * the first start only in demo mode (never on a production database unless
 * {@code ITA_DEMO=true}), all with the documented password {@value #PASSWORD}.
 */
@Component
@Order(10)
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	static final String PASSWORD = "ita-demo-2569";

	record DemoUser(String username, String displayName, Role role, @Nullable String agencyCode) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("s4001.admin", "ผู้ดูแลหน่วยงาน สพม.ขอนแก่น (สาธิต)", Role.AGENCY_ADMIN, "S4001"),
			new DemoUser("s4001.editor", "เจ้าหน้าที่ สพม.ขอนแก่น (สาธิต)", Role.AGENCY_EDITOR, "S4001"),
			new DemoUser("s4001.exec", "ผู้อำนวยการ สพม.ขอนแก่น (สาธิต)", Role.EXECUTIVE, "S4001"),
			new DemoUser("4001.admin", "ผู้ดูแลหน่วยงาน สพป.ขอนแก่น เขต 1 (สาธิต)", Role.AGENCY_ADMIN, "4001"),
			new DemoUser("assessor1", "ผู้ประเมิน 1 (สาธิต)", Role.ASSESSOR, null),
			new DemoUser("executive", "ผู้บริหารส่วนกลาง (สาธิต)", Role.EXECUTIVE, null));

	private final DemoMode demo;

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	DemoUsers(DemoMode demo, UserAccounts accounts, PasswordEncoder encoder) {
		this.demo = demo;
		this.accounts = accounts;
		this.encoder = encoder;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled()) {
			return;
		}
		int created = 0;
		String hash = this.encoder.encode(PASSWORD);
		for (DemoUser user : USERS) {
			if (!this.accounts.exists(user.username())) {
				this.accounts.insert(user.username(), hash, user.displayName(), EnumSet.of(user.role()),
						user.agencyCode());
				created++;
			}
		}
		if (created > 0) {
			log.info("ITA Online demo: {} demo accounts created ({}), password '{}'", created,
					USERS.stream().map(DemoUser::username).toList(), PASSWORD);
		}
	}

}
