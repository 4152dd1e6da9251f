package th.ita.oit.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import th.ita.shared.FieldException;

/**
 * Validates what an agency submits. Errors name the field, e.g. {@code urls[2].url}.
 */
public final class EvidenceInput {

	/** At most this many URLs per item. */
	public static final int MAX_URLS = 10;

	/** The longest URL accepted. */
	public static final int MAX_URL_LENGTH = 2048;

	public static final int MAX_TITLE_LENGTH = 500;

	public static final int MAX_TEXT_LENGTH = 4000;

	/** A URL row as submitted. */
	public record UrlInput(@Nullable String url, @Nullable String title) {
	}

	private EvidenceInput() {
	}

	/**
	 * The valid URLs: rows with neither URL nor title are skipped; a URL needs a title.
	 * @throws FieldException (422) naming the first bad field
	 */
	static List<EvidenceUrl> urls(@Nullable List<@Nullable UrlInput> rows, OitTexts texts) {
		List<EvidenceUrl> urls = new ArrayList<>();
		if (rows == null) {
			return urls;
		}
		if (rows.size() > MAX_URLS) {
			throw new FieldException("urls", texts.get("oit.error.tooManyUrls", MAX_URLS));
		}
		for (int i = 0; i < rows.size(); i++) {
			UrlInput row = rows.get(i);
			String url = strip((row != null) ? row.url() : null);
			String title = strip((row != null) ? row.title() : null);
			if (url == null && title == null) {
				continue;
			}
			String field = "urls[" + i + "]";
			if (url == null) {
				throw new FieldException(field + ".url", texts.get("oit.error.urlRequired"));
			}
			if (url.length() > MAX_URL_LENGTH) {
				throw new FieldException(field + ".url", texts.get("oit.error.urlTooLong", MAX_URL_LENGTH));
			}
			if (!validUrl(url)) {
				throw new FieldException(field + ".url", texts.get("oit.error.urlInvalid"));
			}
			if (title == null) {
				throw new FieldException(field + ".title", texts.get("oit.error.titleRequired"));
			}
			if (title.length() > MAX_TITLE_LENGTH) {
				throw new FieldException(field + ".title", texts.get("oit.error.tooLong", MAX_TITLE_LENGTH));
			}
			urls.add(new EvidenceUrl(url, title));
		}
		return urls;
	}

	/** Blank means absent; the text is stripped and at most {@link #MAX_TEXT_LENGTH}. */
	static @Nullable String text(String field, @Nullable String value, OitTexts texts) {
		String text = strip(value);
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			throw new FieldException(field, texts.get("oit.error.tooLong", MAX_TEXT_LENGTH));
		}
		return text;
	}

	/** An absolute http or https URL with a host and no credentials. */
	static boolean validUrl(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& !uri.getHost().isEmpty() && uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable String strip(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
