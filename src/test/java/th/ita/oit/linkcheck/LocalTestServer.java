package th.ita.oit.linkcheck;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 (random port) for link-check tests: fixed answers, redirect
 * chains, a huge body, slow answers, changing content, redirects to refused addresses. It
 * counts every request it receives.
 */
public final class LocalTestServer implements AutoCloseable {

	/** Bytes the huge endpoint tries to send. */
	public static final long HUGE = 64L * 1024 * 1024;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final AtomicInteger requests = new AtomicInteger();

	private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

	private final AtomicReference<String> changing = new AtomicReference<>("version 1");

	private final AtomicLong hugeWritten = new AtomicLong();

	private volatile CountDownLatch hugeDone = new CountDownLatch(1);

	public LocalTestServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	public int requests() {
		return this.requests.get();
	}

	public String lastHeader(String name) {
		return this.lastHeaders.getOrDefault(name, "");
	}

	public void setChangingBody(String body) {
		this.changing.set(body);
	}

	public long hugeWritten() {
		return this.hugeWritten.get();
	}

	public boolean awaitHugeDone() throws InterruptedException {
		return this.hugeDone.await(10, java.util.concurrent.TimeUnit.SECONDS);
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		exchange.getRequestHeaders().forEach((name, values) -> this.lastHeaders.put(name, values.get(0)));
		this.lastHeaders.put("Method", exchange.getRequestMethod());
		String path = exchange.getRequestURI().getPath();
		try (exchange) {
			if (path.equals("/ok")) {
				send(exchange, 200, "text/html; charset=utf-8", "<p>สวัสดี hello</p>");
			}
			else if (path.equals("/missing")) {
				send(exchange, 404, "text/plain", "not here");
			}
			else if (path.equals("/changing")) {
				send(exchange, 200, "text/plain", this.changing.get());
			}
			else if (path.startsWith("/r/")) {
				int n = Integer.parseInt(path.substring(3));
				redirect(exchange, (n > 1) ? "/r/" + (n - 1) : "/ok");
			}
			else if (path.equals("/to-metadata")) {
				redirect(exchange, "http://169.254.169.254/latest/meta-data/");
			}
			else if (path.equals("/to-private")) {
				redirect(exchange, "http://10.0.0.1/");
			}
			else if (path.equals("/to-loopback")) {
				redirect(exchange, "http://127.0.0.1:" + port() + "/ok");
			}
			else if (path.equals("/to-script")) {
				redirect(exchange, "javascript:alert(1)");
			}
			else if (path.equals("/huge")) {
				huge(exchange);
			}
			else if (path.equals("/huge-declared")) {
				exchange.sendResponseHeaders(200, HUGE);
			}
			else if (path.equals("/slow")) {
				sleep(3000);
				send(exchange, 200, "text/plain", "late");
			}
			else if (path.equals("/trickle")) {
				exchange.sendResponseHeaders(200, 0);
				OutputStream out = exchange.getResponseBody();
				for (int i = 0; i < 25; i++) {
					out.write('.');
					out.flush();
					sleep(200);
				}
			}
			else {
				send(exchange, 404, "text/plain", "unknown");
			}
		}
		catch (IOException ex) {
			// the checker hung up (size cap or timeout): expected
		}
	}

	private void huge(HttpExchange exchange) throws IOException {
		this.hugeWritten.set(0);
		this.hugeDone = new CountDownLatch(1);
		try {
			exchange.sendResponseHeaders(200, 0);
			byte[] block = new byte[64 * 1024];
			OutputStream out = exchange.getResponseBody();
			while (this.hugeWritten.get() < HUGE) {
				out.write(block);
				this.hugeWritten.addAndGet(block.length);
			}
		}
		finally {
			this.hugeDone.countDown();
		}
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(302, -1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
