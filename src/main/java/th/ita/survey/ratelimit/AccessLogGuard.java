package th.ita.survey.ratelimit;

import java.util.List;
import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the Tomcat access log is on with a pattern that would write a
 * query string (where a QR link carries the access code), a request body or a referrer:
 * {@code common}, {@code combined} (the defaults), {@code %r}, {@code %q} or
 * {@code %{...}i}. Use e.g. {@code %h %l %u %t "%m %U %H" %s %b} (path without query).
 */
@Component
class AccessLogGuard {

	static final List<String> FORBIDDEN = List.of("%r", "%q", "}i", "common", "combined");

	AccessLogGuard(Environment environment) {
		check(environment);
	}

	static void check(Environment environment) {
		if (!environment.getProperty("server.tomcat.accesslog.enabled", Boolean.class, false)) {
			return;
		}
		String pattern = environment.getProperty("server.tomcat.accesslog.pattern", "common");
		String lower = pattern.toLowerCase(Locale.ROOT);
		for (String forbidden : FORBIDDEN) {
			if (lower.contains(forbidden)) {
				throw new IllegalStateException("server.tomcat.accesslog.pattern must not contain '" + forbidden
						+ "': survey access codes travel in query strings and must never reach a log. "
						+ "Use e.g. %h %l %u %t \"%m %U %H\" %s %b");
			}
		}
	}

}
