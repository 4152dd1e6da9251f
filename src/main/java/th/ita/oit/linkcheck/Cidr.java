package th.ita.oit.linkcheck;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An address range such as {@code 10.0.0.0/8} or {@code fc00::/7}; a single address
 * without a prefix means exactly that address.
 *
 * @param network the range's first address, as bytes (4 or 16)
 * @param prefix the number of leading bits that must match
 */
record Cidr(byte[] network, int prefix) {

	/**
	 * Parses a range written with IP literals only, so parsing never touches DNS.
	 * @throws IllegalArgumentException if the text is not an IP literal with an optional
	 * prefix
	 */
	static Cidr parse(String text) {
		String trimmed = text.trim();
		int slash = trimmed.indexOf('/');
		String address = (slash < 0) ? trimmed : trimmed.substring(0, slash);
		if (!isIpLiteral(address)) {
			throw new IllegalArgumentException("not an IP address or range: " + text);
		}
		byte[] bytes;
		try {
			bytes = InetAddress.getByName(address).getAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("not an IP address or range: " + text, ex);
		}
		int bits = bytes.length * 8;
		int prefix = (slash < 0) ? bits : Integer.parseInt(trimmed.substring(slash + 1));
		if (prefix < 0 || prefix > bits) {
			throw new IllegalArgumentException("bad prefix length: " + text);
		}
		return new Cidr(bytes, prefix);
	}

	/** Whether the text is an IPv4 or IPv6 literal (never a host name). */
	static boolean isIpLiteral(String text) {
		if (text.isEmpty()) {
			return false;
		}
		if (text.indexOf(':') >= 0) {
			return text.chars().allMatch((c) -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
		}
		return text.chars().allMatch((c) -> (c >= '0' && c <= '9') || c == '.') && text.split("\\.", -1).length == 4;
	}

	boolean contains(byte[] address) {
		if (address.length != this.network.length) {
			return false;
		}
		int full = this.prefix / 8;
		for (int i = 0; i < full; i++) {
			if (address[i] != this.network[i]) {
				return false;
			}
		}
		int rest = this.prefix % 8;
		if (rest == 0) {
			return true;
		}
		int mask = (0xFF << (8 - rest)) & 0xFF;
		return (address[full] & mask) == (this.network[full] & mask);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Cidr cidr) && cidr.prefix == this.prefix && Arrays.equals(cidr.network, this.network);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.network) + this.prefix;
	}

	@Override
	public String toString() {
		try {
			return InetAddress.getByAddress(this.network).getHostAddress() + "/" + this.prefix;
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
