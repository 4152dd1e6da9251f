package th.ita.oit.linkcheck;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;

/**
 * One HTTP/1.1 GET over a socket that is already connected to a validated address: TLS
 * with SNI and host-name verification for https, the request with the original
 * {@code Host}, then the answer, read with a deadline and a body size cap. The body is
 * hashed as it streams and never kept. {@code Accept-Encoding: identity} asks for the
 * bytes as published, so the hash does not depend on compression.
 */
final class HttpFetch {

	private static final int MAX_LINE = 8192;

	private static final int MAX_HEADERS = 200;

	private HttpFetch() {
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param location the {@code Location} header of a redirect, or null
	 * @param contentType the {@code Content-Type} header, or null
	 * @param size bytes read, or the declared length if it exceeded the cap; null if the
	 * body was not read (redirects)
	 * @param sha256 hex SHA-256 of the whole body, or null if not read in full
	 * @param tooLarge whether the body exceeded the cap
	 */
	record Response(int status, @Nullable String location, @Nullable String contentType, @Nullable Long size,
			@Nullable String sha256, boolean tooLarge) {

		boolean redirect() {
			return (this.status == 301 || this.status == 302 || this.status == 303 || this.status == 307
					|| this.status == 308) && this.location != null;
		}

	}

	static Response exchange(Socket connected, LinkTarget target, String userAgent, long maxBody, long deadline,
			SSLSocketFactory tls) throws IOException {
		Socket socket = connected;
		if (target.https()) {
			SSLSocket ssl = (SSLSocket) tls.createSocket(connected, target.host(), target.port(), true);
			SSLParameters parameters = ssl.getSSLParameters();
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			if (!target.ipLiteral()) {
				parameters.setServerNames(List.of(new SNIHostName(target.host())));
			}
			ssl.setSSLParameters(parameters);
			ssl.setSoTimeout(remainingMillis(deadline));
			ssl.startHandshake();
			socket = ssl;
		}
		String request = "GET " + target.requestTarget() + " HTTP/1.1\r\n" + "Host: " + target.hostHeader() + "\r\n"
				+ "User-Agent: " + userAgent + "\r\n" + "Accept: */*\r\n" + "Accept-Encoding: identity\r\n"
				+ "Connection: close\r\n\r\n";
		socket.setSoTimeout(remainingMillis(deadline));
		OutputStream out = socket.getOutputStream();
		out.write(request.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		InputStream in = new BufferedInputStream(new DeadlineInputStream(socket.getInputStream(), socket, deadline));
		int status;
		Map<String, String> headers;
		do {
			status = statusCode(readLine(in));
			headers = readHeaders(in);
		}
		while (status >= 100 && status < 200);
		Response head = new Response(status, headers.get("location"), headers.get("content-type"), null, null, false);
		if (head.redirect()) {
			return head;
		}
		if (status == 204 || status == 304) {
			return new Response(status, null, head.contentType(), 0L, hex(digest()), false);
		}
		return readBody(in, headers, head, maxBody);
	}

	private static Response readBody(InputStream in, Map<String, String> headers, Response head, long maxBody)
			throws IOException {
		Body body = new Body(maxBody);
		String encoding = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
		String length = headers.get("content-length");
		if (encoding.contains("chunked")) {
			readChunked(in, body);
		}
		else if (length != null) {
			long declared = parseLength(length);
			if (declared > maxBody) {
				return new Response(head.status(), null, head.contentType(), declared, null, true);
			}
			body.copy(in, declared);
			if (body.count < declared && !body.tooLarge) {
				throw new ProtocolException("the body ended before its declared length");
			}
		}
		else {
			body.copy(in, Long.MAX_VALUE);
		}
		return new Response(head.status(), null, head.contentType(), body.count,
				body.tooLarge ? null : hex(body.digest), body.tooLarge);
	}

	private static void readChunked(InputStream in, Body body) throws IOException {
		while (!body.tooLarge) {
			String line = readLine(in);
			int semicolon = line.indexOf(';');
			String size = ((semicolon < 0) ? line : line.substring(0, semicolon)).trim();
			long chunk;
			try {
				chunk = Long.parseLong(size, 16);
			}
			catch (NumberFormatException ex) {
				throw new ProtocolException("bad chunk size");
			}
			if (chunk < 0) {
				throw new ProtocolException("bad chunk size");
			}
			if (chunk == 0) {
				readHeaders(in);
				return;
			}
			long before = body.count;
			body.copy(in, chunk);
			if (body.tooLarge) {
				return;
			}
			if (body.count - before < chunk) {
				throw new ProtocolException("the body ended inside a chunk");
			}
			readLine(in);
		}
	}

	private static long parseLength(String value) throws ProtocolException {
		try {
			long length = Long.parseLong(value.trim());
			if (length < 0) {
				throw new ProtocolException("bad Content-Length");
			}
			return length;
		}
		catch (NumberFormatException ex) {
			throw new ProtocolException("bad Content-Length");
		}
	}

	private static int statusCode(String line) throws ProtocolException {
		String[] parts = line.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
			throw new ProtocolException("not an HTTP/1.x answer");
		}
		try {
			int status = Integer.parseInt(parts[1]);
			if (status < 100 || status > 599) {
				throw new ProtocolException("bad HTTP status");
			}
			return status;
		}
		catch (NumberFormatException ex) {
			throw new ProtocolException("bad HTTP status");
		}
	}

	private static Map<String, String> readHeaders(InputStream in) throws IOException {
		Map<String, String> headers = new HashMap<>();
		for (int i = 0; i <= MAX_HEADERS; i++) {
			String line = readLine(in);
			if (line.isEmpty()) {
				return headers;
			}
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
						line.substring(colon + 1).trim());
			}
		}
		throw new ProtocolException("too many headers");
	}

	private static String readLine(InputStream in) throws IOException {
		byte[] buffer = new byte[MAX_LINE];
		int length = 0;
		int b;
		while ((b = in.read()) != '\n') {
			if (b < 0) {
				throw new ProtocolException("the connection closed mid-answer");
			}
			if (length == MAX_LINE) {
				throw new ProtocolException("header line too long");
			}
			buffer[length++] = (byte) b;
		}
		if (length > 0 && buffer[length - 1] == '\r') {
			length--;
		}
		return new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
	}

	static int remainingMillis(long deadline) throws SocketTimeoutException {
		long remaining = (deadline - System.nanoTime()) / 1_000_000;
		if (remaining <= 0) {
			throw new SocketTimeoutException("the check took longer than allowed");
		}
		return (int) Math.min(remaining, Integer.MAX_VALUE);
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Counts and hashes body bytes up to the cap. */
	private static final class Body {

		final MessageDigest digest = digest();

		final long max;

		final byte[] buffer = new byte[16 * 1024];

		long count;

		boolean tooLarge;

		Body(long max) {
			this.max = max;
		}

		/** Reads up to {@code limit} bytes or to the end of the stream. */
		void copy(InputStream in, long limit) throws IOException {
			long left = limit;
			while (left > 0) {
				int n = in.read(this.buffer, 0, (int) Math.min(this.buffer.length, left));
				if (n < 0) {
					return;
				}
				left -= n;
				this.count += n;
				if (this.count > this.max) {
					this.tooLarge = true;
					return;
				}
				this.digest.update(this.buffer, 0, n);
			}
		}

	}

	/** Gives every read only the time left until the check's deadline. */
	private static final class DeadlineInputStream extends FilterInputStream {

		private final Socket socket;

		private final long deadline;

		DeadlineInputStream(InputStream in, Socket socket, long deadline) {
			super(in);
			this.socket = socket;
			this.deadline = deadline;
		}

		@Override
		public int read() throws IOException {
			this.socket.setSoTimeout(remainingMillis(this.deadline));
			return super.read();
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			this.socket.setSoTimeout(remainingMillis(this.deadline));
			return super.read(b, off, len);
		}

	}

}
