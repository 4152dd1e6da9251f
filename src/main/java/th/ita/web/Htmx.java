package th.ita.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx helpers: a GET renders the whole page, or only a fragment for an htmx request. */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isHtmxRequest(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** {@code view} for a normal request, {@code view :: fragment} for htmx. */
	public static String view(HttpServletRequest request, String view, String fragment) {
		return isHtmxRequest(request) ? view + " :: " + fragment : view;
	}

}
