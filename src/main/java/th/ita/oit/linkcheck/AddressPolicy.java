package th.ita.oit.linkcheck;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which addresses the link checker may connect to. Everything is allowed except loopback,
 * private, shared (carrier-grade NAT), link-local (which holds the cloud metadata
 * service), multicast, unspecified, reserved and benchmarking ranges, in IPv4 and IPv6,
 * including IPv4 addresses embedded in IPv6 ones (mapped, compatible, NAT64, 6to4). The
 * cloud-metadata host names are refused before any lookup. The allowlist
 * ({@code ita.oit.link-check.allowed-hosts}) names host names or IP ranges that are
 * permitted even so.
 */
final class AddressPolicy {

	private static final Map<Cidr, String> BLOCKED = blocked();

	private static final Set<String> BLOCKED_NAMES = Set.of("metadata.google.internal", "metadata", "instance-data",
			"instance-data.ec2.internal", "metadata.azure.internal");

	private final List<Cidr> allowedRanges = new ArrayList<>();

	private final List<String> allowedNames = new ArrayList<>();

	AddressPolicy(List<String> allowedHosts) {
		for (String entry : allowedHosts) {
			String value = entry.trim();
			if (value.isEmpty()) {
				continue;
			}
			String address = (value.indexOf('/') >= 0) ? value.substring(0, value.indexOf('/')) : value;
			if (Cidr.isIpLiteral(stripBrackets(address))) {
				this.allowedRanges.add(Cidr.parse(stripBrackets(value)));
			}
			else {
				this.allowedNames.add(normalise(value));
			}
		}
	}

	/** Whether the host name itself is on the allowlist. */
	boolean isAllowedName(String host) {
		return this.allowedNames.contains(normalise(host));
	}

	/**
	 * Why the host name must not even be looked up, if it must not: cloud-metadata names
	 * (unless allowlisted).
	 */
	Optional<String> refuseName(String host) {
		if (!isAllowedName(host) && BLOCKED_NAMES.contains(normalise(host))) {
			return Optional.of("cloud metadata host " + host);
		}
		return Optional.empty();
	}

	/**
	 * Why the host's resolved addresses must not be contacted, if they must not. Every
	 * address must pass, so a name that resolves to both a public and a private address
	 * is refused.
	 */
	Optional<String> refuse(String host, List<InetAddress> addresses) {
		if (addresses.isEmpty()) {
			return Optional.of("no address for " + host);
		}
		if (isAllowedName(host)) {
			return Optional.empty();
		}
		for (InetAddress address : addresses) {
			Optional<String> reason = refuse(address);
			if (reason.isPresent()) {
				return reason;
			}
		}
		return Optional.empty();
	}

	private Optional<String> refuse(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (allowed(bytes)) {
			return Optional.empty();
		}
		Optional<String> reason = blockedBy(bytes);
		if (reason.isPresent()) {
			return Optional.of(address.getHostAddress() + " is " + reason.get());
		}
		byte @Nullable [] embedded = (address instanceof Inet6Address) ? embeddedIpv4(bytes) : null;
		if (embedded != null && !allowed(embedded)) {
			return blockedBy(embedded)
				.map((why) -> address.getHostAddress() + " embeds an IPv4 address that is " + why);
		}
		return Optional.empty();
	}

	private boolean allowed(byte[] bytes) {
		return this.allowedRanges.stream().anyMatch((range) -> range.contains(bytes));
	}

	private static Optional<String> blockedBy(byte[] bytes) {
		return BLOCKED.entrySet()
			.stream()
			.filter((e) -> e.getKey().contains(bytes))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	/**
	 * The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible
	 * ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::a.b.c.d}) or 6to4
	 * ({@code 2002:aabb:ccdd::}) address, or null.
	 */
	static byte @Nullable [] embeddedIpv4(byte[] v6) {
		if (v6.length != 16) {
			return null;
		}
		if (v6[0] == 0x20 && v6[1] == 0x02) {
			return new byte[] { v6[2], v6[3], v6[4], v6[5] };
		}
		boolean zeroTo9 = true;
		for (int i = 0; i < 10; i++) {
			zeroTo9 &= v6[i] == 0;
		}
		boolean mapped = zeroTo9 && (v6[10] & 0xFF) == 0xFF && (v6[11] & 0xFF) == 0xFF;
		boolean compatible = zeroTo9 && v6[10] == 0 && v6[11] == 0;
		boolean nat64 = v6[0] == 0 && v6[1] == 0x64 && (v6[2] & 0xFF) == 0xFF && (v6[3] & 0xFF) == 0x9B;
		for (int i = 4; nat64 && i < 12; i++) {
			nat64 = v6[i] == 0;
		}
		if (mapped || compatible || nat64) {
			return new byte[] { v6[12], v6[13], v6[14], v6[15] };
		}
		return null;
	}

	static String normalise(String host) {
		String lower = stripBrackets(host.trim()).toLowerCase(Locale.ROOT);
		return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
	}

	private static String stripBrackets(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	private static Map<Cidr, String> blocked() {
		Map<Cidr, String> ranges = new LinkedHashMap<>();
		ranges.put(Cidr.parse("169.254.169.254/32"), "the cloud metadata service");
		ranges.put(Cidr.parse("fd00:ec2::254/128"), "the cloud metadata service");
		ranges.put(Cidr.parse("0.0.0.0/8"), "unspecified (this network)");
		ranges.put(Cidr.parse("10.0.0.0/8"), "private");
		ranges.put(Cidr.parse("100.64.0.0/10"), "carrier-grade NAT (shared)");
		ranges.put(Cidr.parse("127.0.0.0/8"), "loopback");
		ranges.put(Cidr.parse("169.254.0.0/16"), "link-local");
		ranges.put(Cidr.parse("172.16.0.0/12"), "private");
		ranges.put(Cidr.parse("192.0.0.0/24"), "IETF protocol assignments");
		ranges.put(Cidr.parse("192.168.0.0/16"), "private");
		ranges.put(Cidr.parse("198.18.0.0/15"), "benchmarking");
		ranges.put(Cidr.parse("224.0.0.0/4"), "multicast");
		ranges.put(Cidr.parse("240.0.0.0/4"), "reserved or broadcast");
		ranges.put(Cidr.parse("::/128"), "unspecified");
		ranges.put(Cidr.parse("::1/128"), "loopback");
		ranges.put(Cidr.parse("fc00::/7"), "private (unique local)");
		ranges.put(Cidr.parse("fe80::/10"), "link-local");
		ranges.put(Cidr.parse("fec0::/10"), "site-local");
		ranges.put(Cidr.parse("ff00::/8"), "multicast");
		return ranges;
	}

}
