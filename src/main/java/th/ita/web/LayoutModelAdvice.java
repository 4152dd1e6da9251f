package th.ita.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import th.ita.shared.ItaPrincipal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the page layout needs on every page: the signed-in user ({@code currentUser}), the
 * path and query of this page without {@code lang} ({@code currentPath}, so the language
 * switch stays on the same page) and the operator of the site ({@code site}).
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final SiteProperties site;

	LayoutModelAdvice(SiteProperties site) {
		this.site = site;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return pathOf(request);
	}

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser() {
		return CurrentUser.of(SecurityContextHolder.getContext().getAuthentication());
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	/**
	 * The application-relative path and query of the page the user asked for (the
	 * original one on an error dispatch), without the {@code lang} parameter. Still
	 * URL-encoded, ready for {@code @{${currentPath}(lang='en')}}.
	 */
	static String pathOf(HttpServletRequest request) {
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String query = (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
		if (uri == null) {
			uri = request.getRequestURI();
			query = request.getQueryString();
		}
		String contextPath = request.getContextPath();
		if (!contextPath.isEmpty() && uri.startsWith(contextPath)) {
			uri = uri.substring(contextPath.length());
		}
		if (!uri.startsWith("/") || uri.startsWith("//")) {
			return "/";
		}
		if (query == null || query.isEmpty()) {
			return uri;
		}
		String kept = Arrays.stream(query.split("&"))
			.filter(p -> !p.isEmpty() && !p.equals("lang") && !p.startsWith("lang="))
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? uri : uri + "?" + kept;
	}

	/**
	 * The signed-in user as the layout shows them.
	 *
	 * @param username the login name
	 * @param displayName what to show
	 */
	record CurrentUser(String username, String displayName) {

		static @Nullable CurrentUser of(@Nullable Authentication authentication) {
			if (authentication == null || !authentication.isAuthenticated()
					|| authentication instanceof AnonymousAuthenticationToken) {
				return null;
			}
			if (authentication.getPrincipal() instanceof ItaPrincipal principal) {
				return new CurrentUser(principal.username(), principal.displayName());
			}
			return new CurrentUser(authentication.getName(), authentication.getName());
		}

	}

}
