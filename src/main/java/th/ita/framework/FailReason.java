package th.ita.framework;

import org.jspecify.annotations.Nullable;

/**
 * A common reason an assessor gives for failing an OIT item, offered as a choice on the
 * review page and accepted as {@code reasonCode} by the API. Defined at the framework
 * level (every OIT item) and per OIT item ({@code evidence.failReasons}, offered first).
 *
 * @param code stable code, unique among the reasons offered for an item, e.g.
 * {@code BROKEN_LINK}
 * @param textTh Thai text
 * @param textEn English text
 */
public record FailReason(@Nullable String code, @Nullable String textTh, @Nullable String textEn) {

	/** The text in English when asked for and present, otherwise Thai. */
	public @Nullable String text(boolean english) {
		return (english && this.textEn != null && !this.textEn.isBlank()) ? this.textEn : this.textTh;
	}

}
