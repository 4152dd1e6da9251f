package th.ita.oit.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import th.ita.oit.evidence.EvidenceInput;
import th.ita.oit.evidence.EvidenceInput.UrlInput;
import th.ita.oit.evidence.EvidenceViews.ItemState;
import th.ita.shared.ItaPrincipal;

import org.springframework.security.access.AccessDeniedException;

/** Helpers of the OIT pages: URL rows of forms and the current user. */
final class OitForms {

	/** Empty rows offered after the filled ones. */
	static final int SPARE_ROWS = 3;

	private OitForms() {
	}

	/** A form row: what the fields show. */
	record Row(String url, String title) {
	}

	/**
	 * The URL rows as posted ({@code url} and {@code title} repeated, read raw so that a
	 * comma in a URL never splits it).
	 */
	static List<@Nullable UrlInput> posted(HttpServletRequest request) {
		String[] urls = values(request, "url");
		String[] titles = values(request, "title");
		List<@Nullable UrlInput> rows = new ArrayList<>();
		for (int i = 0; i < Math.max(urls.length, titles.length); i++) {
			String url = (i < urls.length) ? urls[i] : null;
			String title = (i < titles.length) ? titles[i] : null;
			if ((url == null || url.isBlank()) && (title == null || title.isBlank())) {
				continue;
			}
			rows.add(new UrlInput(url, title));
		}
		return rows;
	}

	/** The rows to show: the item's URLs (or what was posted) and spare empty rows. */
	static List<Row> rows(ItemState item, @Nullable List<@Nullable UrlInput> posted) {
		List<Row> rows = new ArrayList<>();
		if (posted != null) {
			posted.forEach(r -> rows.add(new Row((r != null && r.url() != null) ? r.url() : "",
					(r != null && r.title() != null) ? r.title() : "")));
		}
		else {
			item.urls().forEach(u -> rows.add(new Row(u.url(), u.title())));
		}
		int target = Math.min(EvidenceInput.MAX_URLS, Math.max(rows.size() + SPARE_ROWS, 1));
		while (rows.size() < target) {
			rows.add(new Row("", ""));
		}
		return rows;
	}

	static ItaPrincipal user() {
		return ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	private static String[] values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return (values != null) ? values : new String[0];
	}

}
