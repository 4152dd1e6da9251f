package th.ita.agency.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import th.ita.agency.domain.ImportError;

import org.springframework.context.MessageSource;

/** One row of the errors table of the import and edit pages, in the reader's language. */
record ErrorRow(int line, @Nullable String column, String code, String message) {

	static List<ErrorRow> of(List<ImportError> errors, MessageSource messages, Locale locale) {
		return errors.stream()
			.map(e -> new ErrorRow(e.line(), e.column(), e.code(),
					messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), locale)))
			.toList();
	}

}
