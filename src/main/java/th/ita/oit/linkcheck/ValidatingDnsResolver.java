package th.ita.oit.linkcheck;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The only way HttpClient learns where to connect: every host (name or IP literal) is
 * looked up once per connection, and either all its addresses pass the
 * {@link AddressPolicy} and exactly those are returned for HttpClient to connect to, or
 * the connection is refused with a {@link RefusedAddressException} before any socket is
 * opened. Because HttpClient connects to the addresses returned here and never resolves
 * again, there is no window for DNS rebinding.
 */
final class ValidatingDnsResolver implements DnsResolver {

	private final AddressPolicy policy;

	private final LinkChecker.Resolver resolver;

	ValidatingDnsResolver(AddressPolicy policy, LinkChecker.Resolver resolver) {
		this.policy = policy;
		this.resolver = resolver;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		String name = AddressPolicy.normalise(host);
		Optional<String> refused = this.policy.refuseName(name);
		if (refused.isPresent()) {
			throw new RefusedAddressException(refused.get());
		}
		List<InetAddress> addresses = Cidr.isIpLiteral(name) ? List.of(InetAddress.getByName(name))
				: this.resolver.resolve(name);
		refused = this.policy.refuse(name, addresses);
		if (refused.isPresent()) {
			throw new RefusedAddressException(refused.get());
		}
		return addresses.toArray(new InetAddress[0]);
	}

	@Override
	public String resolveCanonicalHostname(String host) {
		return host;
	}

	/**
	 * The host or one of its addresses is refused by the policy. An
	 * {@link UnknownHostException} so that it passes through {@link DnsResolver} and
	 * HttpClient unchanged.
	 */
	static final class RefusedAddressException extends UnknownHostException {

		RefusedAddressException(String reason) {
			super(reason);
		}

	}

}
