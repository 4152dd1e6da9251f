package th.ita.oit.linkcheck;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the link checker ({@code ita.oit.link-check.*}).
 *
 * @param connectTimeout time allowed to open a TCP connection (per hop)
 * @param totalTimeout time allowed for the whole check, all redirects, TLS and body
 * included (DNS lookups are bounded by the platform resolver, not by this)
 * @param maxBodySize the body size cap; larger bodies end the check as TOO_LARGE
 * @param maxRedirects how many redirects are followed
 * @param userAgent the {@code User-Agent} header sent
 * @param allowedHosts host names or IP ranges (CIDR) the checker may contact even though
 * they are loopback, private, link-local and so on; empty by default
 * @param threads background checks run on this many threads
 * @param queueCapacity at most this many checks wait; more are refused, never blocked on
 */
@ConfigurationProperties("ita.oit.link-check")
public record LinkCheckProperties(@DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration totalTimeout, @DefaultValue("10MB") DataSize maxBodySize,
		@DefaultValue("5") int maxRedirects,
		@DefaultValue("ITA-Online-LinkCheck/1.0 (+https://ita-online.example.org/policies/security)") String userAgent,
		@DefaultValue List<String> allowedHosts, @DefaultValue("2") int threads,
		@DefaultValue("200") int queueCapacity) {

	/** The defaults, with the given allowlist. */
	public static LinkCheckProperties defaults(List<String> allowedHosts) {
		return new LinkCheckProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), DataSize.ofMegabytes(10), 5,
				"ITA-Online-LinkCheck/1.0 (+https://ita-online.example.org/policies/security)", allowedHosts, 2, 200);
	}

}
