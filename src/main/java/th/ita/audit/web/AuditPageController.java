package th.ita.audit.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import th.ita.audit.internal.AuditFilter;
import th.ita.audit.internal.AuditLog;
import th.ita.shared.ThaiDates;
import th.ita.web.Htmx;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admin page: lists and filters audit entries, and checks the chain. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AuditPageController {

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	AuditPageController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, java.util.Locale locale,
			Model model) {
		AuditFilter filter = new AuditFilter(actor, action, entityType, entityId,
				(from != null) ? from.atStartOfDay(ThaiDates.BANGKOK).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant() : null);
		var result = this.log.find(filter, page, PAGE_SIZE);
		model.addAttribute("result", result);
		// Buddhist-era, Bangkok-time display of each entry's timestamp.
		model.addAttribute("times",
				result.entries()
					.stream()
					.collect(java.util.stream.Collectors.toMap(e -> e.id(),
							e -> ThaiDates.formatDateTime(e.occurredAt(), locale))));
		model.addAttribute("entityTypes", this.log.entityTypes());
		model.addAttribute("filter", filter);
		model.addAttribute("fromDate", from);
		model.addAttribute("toDate", to);
		return Htmx.view(request, "audit/list", "results");
	}

	@GetMapping("/admin/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.log.verify());
		return "audit/verify";
	}

}
