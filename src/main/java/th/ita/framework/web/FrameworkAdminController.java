package th.ita.framework.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import th.ita.framework.domain.FrameworkError;
import th.ita.framework.domain.FrameworkImporter;
import th.ita.framework.domain.FrameworkRejectedException;
import th.ita.framework.domain.FrameworkService;
import th.ita.framework.domain.FrameworkYaml;
import th.ita.framework.domain.ImportOutcome;
import th.ita.shared.ConflictException;

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

/** System admins: the list of framework versions and the YAML upload. */
@Controller
@RequestMapping("/admin/frameworks")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class FrameworkAdminController {

	private final FrameworkService frameworks;

	private final FrameworkImporter importer;

	private final MessageSource messages;

	FrameworkAdminController(FrameworkService frameworks, FrameworkImporter importer, MessageSource messages) {
		this.frameworks = frameworks;
		this.importer = importer;
		this.messages = messages;
	}

	/** One row of the error table. */
	record ErrorRow(String path, String code, String message, String position) {
	}

	@GetMapping
	String page(Model model) {
		return page(model, null);
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("noFile", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, null);
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		try {
			if (file.getSize() > FrameworkYaml.MAX_BYTES) {
				throw FrameworkYaml.tooLarge();
			}
			return page(model, this.importer.importYaml(file.getBytes()));
		}
		catch (FrameworkRejectedException ex) {
			model.addAttribute("errors", ex.errors().stream().map(e -> row(e, locale)).toList());
			response.setStatus(switch (ex.kind()) {
				case MALFORMED -> HttpStatus.BAD_REQUEST.value();
				case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE.value();
				case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT.value();
			});
		}
		catch (ConflictException ex) {
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return page(model, null);
	}

	private String page(Model model, ImportOutcome outcome) {
		model.addAttribute("versions", this.frameworks.all());
		model.addAttribute("outcome", outcome);
		model.addAttribute("maxBytes", FrameworkYaml.MAX_BYTES);
		return "framework/admin";
	}

	private ErrorRow row(FrameworkError e, Locale locale) {
		String position = (e.line() != null) ? e.line() + ((e.column() != null) ? ":" + e.column() : "") : "";
		return new ErrorRow(e.path(), e.code(),
				this.messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), locale), position);
	}

}
