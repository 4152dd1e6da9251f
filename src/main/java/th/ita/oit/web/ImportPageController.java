package th.ita.oit.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.Rounds;
import th.ita.oit.evidence.EvidenceImporter;
import th.ita.oit.evidence.EvidenceSheet;
import th.ita.oit.evidence.ImportRejectedException;
import th.ita.oit.evidence.ImportTooLargeException;
import th.ita.oit.evidence.OitTexts;
import th.ita.shared.ConflictException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulk import page of the agency's own checklist: upload a CSV or XLSX; refused files
 * are shown again with every row error (422), nothing stored; accepted ones redirect to
 * the checklist.
 */
@Controller
class ImportPageController {

	private final EvidenceImporter importer;

	private final Rounds rounds;

	private final OitTexts texts;

	ImportPageController(EvidenceImporter importer, Rounds rounds, OitTexts texts) {
		this.importer = importer;
		this.rounds = rounds;
		this.texts = texts;
	}

	@GetMapping("/rounds/{fiscalYear}/oit/import")
	String form(@PathVariable int fiscalYear, Model model) {
		agency();
		return page(fiscalYear, model);
	}

	@PostMapping("/rounds/{fiscalYear}/oit/import")
	String upload(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		String agency = agency();
		try {
			if (file == null || file.isEmpty()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				model.addAttribute("error", this.texts.get("oit.import.noFile"));
				return page(fiscalYear, model);
			}
			if (file.getSize() > EvidenceSheet.MAX_BYTES) {
				throw new ImportTooLargeException();
			}
			EvidenceImporter.Imported imported = this.importer.importFile(fiscalYear, agency,
					file.getOriginalFilename(), file.getBytes(), OitForms.user());
			redirect.addFlashAttribute("imported",
					this.texts.get("oit.import.done", imported.items(), imported.urls()));
			return "redirect:/rounds/" + fiscalYear + "/oit";
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", ex.errors()
				.stream()
				.map(e -> new ErrorRow(e.line(), e.column(), this.texts.get(e.messageKey(), e.args().toArray())))
				.toList());
		}
		catch (ImportTooLargeException ex) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			model.addAttribute("error", this.texts.get("oit.import.tooLarge", EvidenceSheet.MAX_BYTES));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", ex.getMessage());
		}
		return page(fiscalYear, model);
	}

	/** One row of the error table. */
	record ErrorRow(int line, @Nullable String column, String message) {
	}

	private String page(int fiscalYear, Model model) {
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("header", EvidenceSheet.HEADER);
		model.addAttribute("open", this.rounds.isOpen(fiscalYear, Activity.OIT_SUBMISSION));
		return "oit/import";
	}

	private static String agency() {
		ItaPrincipal user = OitForms.user();
		if (user.agencyCode() == null) {
			throw new NotFoundException("No agency");
		}
		return user.agencyCode();
	}

}
