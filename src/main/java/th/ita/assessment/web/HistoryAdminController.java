package th.ita.assessment.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.assessment.domain.HistoryImporter;
import th.ita.assessment.domain.HistoryResult;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** System admins: import results from before the system. */
@Controller
@RequestMapping("/admin/history/import")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class HistoryAdminController {

	private final HistoryImporter history;

	private final MessageSource messages;

	HistoryAdminController(HistoryImporter history, MessageSource messages) {
		this.history = history;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("lastYear", this.history.lastYear());
		return "assessment/history-import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			Locale locale, HttpServletResponse response) throws IOException {
		model.addAttribute("lastYear", this.history.lastYear());
		if (file == null || file.isEmpty()) {
			model.addAttribute("noFile", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "assessment/history-import";
		}
		HistoryResult result = this.history.importCsv(file.getBytes());
		model.addAttribute("result", result);
		if (!result.ok()) {
			model.addAttribute("errors",
					result.errors()
						.stream()
						.map(e -> new ErrorRow(e.line(), e.column(), e.code(),
								this.messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), locale)))
						.toList());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "assessment/history-import";
	}

	/** One row of the errors table. */
	record ErrorRow(int line, @Nullable String column, String code, String message) {
	}

}
