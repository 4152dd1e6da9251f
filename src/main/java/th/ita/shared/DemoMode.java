package th.ita.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether demo data is loaded on the first start: always with the embedded database, and
 * with an external one only when {@code ITA_DEMO=true}. {@code ITA_DEMO=false} turns it
 * off everywhere (tests do). Each module loads its own demo data, once: it checks whether
 * that data is already there.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	public DemoMode(Environment environment) {
		String demo = environment.getProperty("ita.demo", "");
		boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		this.enabled = StringUtils.hasText(demo) ? Boolean.parseBoolean(demo.strip()) : !external;
	}

	public boolean enabled() {
		return this.enabled;
	}

}
