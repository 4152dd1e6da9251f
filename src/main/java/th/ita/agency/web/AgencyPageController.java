package th.ita.agency.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.agency.domain.Agency;
import th.ita.agency.domain.AgencyPage;
import th.ita.agency.domain.AgencyQuery;
import th.ita.agency.domain.AgencyService;
import th.ita.web.Htmx;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public agency pages: the searchable list (htmx swaps only the results, and it works
 * as a plain GET form without JavaScript) and one agency's details.
 */
@Controller
class AgencyPageController {

	private final AgencyService agencies;

	AgencyPageController(AgencyService agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/agencies")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String province, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest request, Model model) {
		AgencyType t = (type != null && !type.isBlank()) ? AgencyType.parse(type).orElse(null) : null;
		Region r = (region != null && !region.isBlank()) ? Region.parse(region).orElse(null) : null;
		AgencyQuery query = new AgencyQuery(q, t, r, province, page, AgencyQuery.DEFAULT_SIZE);
		AgencyPage result = this.agencies.search(query);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("pages", pageLinks(result));
		model.addAttribute("types", AgencyType.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("provinces", this.agencies.provinces());
		return Htmx.view(request, "agency/list", "results");
	}

	@GetMapping("/agencies/{code}")
	String detail(@PathVariable String code, Model model) {
		Agency agency = this.agencies.get(code);
		model.addAttribute("agency", agency);
		model.addAttribute("parent",
				(agency.parentCode() != null) ? this.agencies.find(agency.parentCode()).orElse(null) : null);
		return "agency/detail";
	}

	/** Page numbers to link: first, last, and two either side of the current page. */
	static List<Integer> pageLinks(AgencyPage result) {
		int last = result.totalPages();
		int current = result.page();
		return java.util.stream.IntStream.rangeClosed(1, last)
			.filter(p -> p == 1 || p == last || Math.abs(p - current) <= 2)
			.boxed()
			.toList();
	}

}
