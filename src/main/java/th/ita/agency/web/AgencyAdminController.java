package th.ita.agency.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.agency.domain.Agency;
import th.ita.agency.domain.AgencyImporter;
import th.ita.agency.domain.AgencyService;
import th.ita.agency.domain.AgencyValidationException;
import th.ita.agency.domain.ImportResult;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** System admins: import agencies from CSV, and edit one agency. */
@Controller
@RequestMapping("/admin/agencies")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AgencyAdminController {

	private final AgencyService agencies;

	private final AgencyImporter importer;

	private final MessageSource messages;

	AgencyAdminController(AgencyService agencies, AgencyImporter importer, MessageSource messages) {
		this.agencies = agencies;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/import")
	String importForm(@RequestParam(required = false) String tooLarge, Model model) {
		if (tooLarge != null) {
			model.addAttribute("tooLarge", true);
		}
		return "agency/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("noFile", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "agency/import";
		}
		if (file.getSize() > AgencyImporter.MAX_BYTES) {
			model.addAttribute("tooLarge", true);
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return "agency/import";
		}
		ImportResult result = this.importer.importCsv(file.getBytes());
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("result", result);
		if (!result.ok()) {
			model.addAttribute("errors", ErrorRow.of(result.errors(), this.messages, locale));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "agency/import";
	}

	@GetMapping("/{code}/edit")
	String editForm(@PathVariable String code, Model model) {
		Agency agency = this.agencies.get(code);
		return edit(agency, AgencyForm.of(agency), Map.of(), model);
	}

	@PostMapping("/{code}/edit")
	String save(@PathVariable String code, @ModelAttribute AgencyForm form, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.agencies.update(code, form.fields(code));
		}
		catch (AgencyValidationException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ErrorRow.of(ex.errors(), this.messages, locale)
				.forEach(e -> errors.merge(String.valueOf(e.column()), e.message(), (a, b) -> a + " " + b));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return edit(this.agencies.get(code), form, errors, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/agencies/" + code;
	}

	private String edit(Agency agency, AgencyForm form, Map<String, String> errors, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", AgencyType.values());
		model.addAttribute("regions", Region.values());
		return "agency/edit";
	}

}
