package th.ita.oit.linkcheck;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An absolute http(s) URL taken apart for one request: ASCII host (IDN converted), port,
 * and the request line's target. {@link #parse} is the single gate for the URL an agency
 * submits and for every redirect's {@code Location}.
 *
 * @param uri the URL in ASCII form, without fragment
 * @param host the host name or IP literal (IPv6 without brackets), lower case
 * @param port the port, the scheme's default when absent
 * @param https whether TLS is used
 */
record LinkTarget(URI uri, String host, int port, boolean https) {

	/** The longest URL accepted, as in the OIT evidence rules. */
	static final int MAX_LENGTH = 2048;

	/** Thrown for a URL the checker does not fetch at all. */
	static final class InvalidUrlException extends Exception {

		InvalidUrlException(String message) {
			super(message, null, false, false);
		}

	}

	static LinkTarget parse(String text) throws InvalidUrlException {
		if (text.length() > MAX_LENGTH) {
			throw new InvalidUrlException("longer than " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw new InvalidUrlException("not a valid URL");
		}
		return of(uri);
	}

	static LinkTarget of(URI uri) throws InvalidUrlException {
		if (!uri.isAbsolute() || uri.isOpaque()) {
			throw new InvalidUrlException("not an absolute http or https URL");
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new InvalidUrlException("only http and https URLs are checked");
		}
		if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
			throw new InvalidUrlException("credentials in the URL are not allowed");
		}
		boolean https = scheme.equals("https");
		int defaultPort = https ? 443 : 80;
		String host = uri.getHost();
		int port = uri.getPort();
		if (host == null) {
			String authority = uri.getAuthority();
			if (authority == null || authority.isEmpty() || authority.startsWith("[")) {
				throw new InvalidUrlException("no host");
			}
			int colon = authority.lastIndexOf(':');
			String name = (colon < 0) ? authority : authority.substring(0, colon);
			try {
				port = (colon < 0) ? -1 : Integer.parseInt(authority.substring(colon + 1));
				host = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidUrlException("not a valid host");
			}
		}
		host = AddressPolicy.normalise(host);
		if (host.isEmpty()) {
			throw new InvalidUrlException("no host");
		}
		port = (port == -1) ? defaultPort : port;
		if (port < 1 || port > 65535) {
			throw new InvalidUrlException("not a valid port");
		}
		try {
			String authorityHost = (host.indexOf(':') >= 0) ? "[" + host + "]" : host;
			String rawPath = (uri.getRawPath() != null) ? uri.getRawPath() : "";
			String rawQuery = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
			String text = scheme + "://" + authorityHost + ((port == defaultPort) ? "" : ":" + port) + rawPath
					+ rawQuery;
			URI ascii = new URI(new URI(text).toASCIIString());
			if (ascii.toString().length() > MAX_LENGTH) {
				throw new InvalidUrlException("longer than " + MAX_LENGTH + " characters");
			}
			return new LinkTarget(ascii, host, port, https);
		}
		catch (URISyntaxException ex) {
			throw new InvalidUrlException("not a valid URL");
		}
	}

	/** The target of a redirect, resolved against this URL. */
	LinkTarget redirect(String location) throws InvalidUrlException {
		URI reference;
		try {
			reference = new URI(location.trim());
		}
		catch (URISyntaxException ex) {
			throw new InvalidUrlException("redirect to an invalid URL");
		}
		return of(this.uri.resolve(reference));
	}

	/** The request line's target: path and query, never empty. */
	String requestTarget() {
		String path = this.uri.getRawPath();
		String target = (path == null || path.isEmpty()) ? "/" : path;
		return (this.uri.getRawQuery() != null) ? target + "?" + this.uri.getRawQuery() : target;
	}

	/** The {@code Host} header: host, bracketed if IPv6, and the port unless default. */
	String hostHeader() {
		String name = (this.host.indexOf(':') >= 0) ? "[" + this.host + "]" : this.host;
		return (this.port == (this.https ? 443 : 80)) ? name : name + ":" + this.port;
	}

	/** Whether the host is written as an IP address, so no DNS lookup is needed. */
	boolean ipLiteral() {
		return Cidr.isIpLiteral(this.host);
	}

}
