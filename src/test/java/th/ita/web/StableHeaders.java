package th.ita.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A response's headers without those that differ between two equal answers (date,
 * framing, connection), names in lower case: for tests that compare a lean path's
 * response with the regular one.
 */
public final class StableHeaders {

	private static final Set<String> VOLATILE = Set.of("date", "content-length", "transfer-encoding", "connection",
			"keep-alive");

	private StableHeaders() {
	}

	public static Map<String, List<String>> of(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (!VOLATILE.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name.toLowerCase(Locale.ROOT), values);
			}
		});
		return headers;
	}

}
