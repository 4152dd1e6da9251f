package th.ita.integrity.web;

import java.time.Duration;
import java.util.List;

import java.util.function.UnaryOperator;

import th.ita.agency.AgencySummary;
import th.ita.integrity.Announcement;
import th.ita.integrity.Emblem;
import th.ita.integrity.domain.ThaiDigits;
import th.ita.integrity.IntegrityDocument;
import th.ita.integrity.domain.ComplaintChannel;
import th.ita.integrity.domain.ComplaintService;
import th.ita.integrity.domain.DeclarationService;
import th.ita.integrity.domain.GiftAction;
import th.ita.integrity.domain.GiftService;
import th.ita.integrity.domain.IntegrityAccess;
import th.ita.integrity.domain.Publication;
import th.ita.integrity.domain.PublicationService;
import th.ita.integrity.domain.RiskService;
import th.ita.integrity.domain.ValueBand;
import th.ita.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The agency's public integrity pages, without sign-in: the index of a fiscal year's
 * published documents and each document on its stable URL (404 until published). The gift
 * page shows counts and value bands only.
 */
@Controller
class PublicPageController {

	private final PublicationService publications;

	private final DeclarationService declarations;

	private final GiftService gifts;

	private final RiskService risks;

	private final ComplaintService complaints;

	private final IntegrityAccess access;

	PublicPageController(PublicationService publications, DeclarationService declarations, GiftService gifts,
			RiskService risks, ComplaintService complaints, IntegrityAccess access) {
		this.publications = publications;
		this.declarations = declarations;
		this.gifts = gifts;
		this.risks = risks;
		this.complaints = complaints;
		this.access = access;
	}

	@GetMapping("/public/agencies/{code}/integrity/{fiscalYear}")
	String index(@PathVariable String code, @PathVariable int fiscalYear, Model model) {
		AgencySummary agency = this.access.agency(code);
		List<Publication> published = this.publications.all(code, fiscalYear)
			.stream()
			.filter(Publication::published)
			.toList();
		model.addAttribute("agency", agency);
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("published", published);
		return "integrity/public-index";
	}

	@GetMapping("/public/agencies/{code}/integrity/{fiscalYear}/{slug}")
	String document(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String slug, Model model) {
		IntegrityDocument document = IntegrityDocument.fromSlug(slug)
			.orElseThrow(() -> new NotFoundException("No page"));
		AgencySummary agency = this.access.agency(code);
		Publication publication = this.publications.find(code, fiscalYear, document);
		if (!publication.published()) {
			throw new NotFoundException("Not published");
		}
		model.addAttribute("agency", agency);
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("publication", publication);
		model.addAttribute("document", document);
		switch (document) {
			case INTEGRITY_INTENT, NO_GIFT_POLICY, INTEGRITY_POLICY -> {
				Announcement announcement = this.declarations.announcement(code, fiscalYear, document)
					.orElseThrow(() -> new NotFoundException("No announcement"));
				model.addAttribute("announcement", announcement);
				model.addAttribute("shown", Shown.of(announcement));
				model.addAttribute("emblemUrl",
						this.declarations.emblem(code).isPresent() ? "/public/agencies/" + code + "/emblem" : null);
				return "integrity/public-announcement";
			}
			case GIFT_REPORT -> {
				model.addAttribute("summary", this.gifts.summary(code, fiscalYear));
				model.addAttribute("actions", GiftAction.values());
				model.addAttribute("bands", ValueBand.values());
				return "integrity/public-gifts";
			}
			case RISK_ASSESSMENT, RISK_TREATMENT -> {
				List<RiskService.Risk> list = this.risks.list(code, fiscalYear);
				model.addAttribute("risks", list);
				model.addAttribute("heatMap", RiskService.heatMap(code, fiscalYear, list));
				return (document == IntegrityDocument.RISK_ASSESSMENT) ? "integrity/public-risks"
						: "integrity/public-treatment";
			}
			default -> {
				model.addAttribute("stats", this.complaints.stats(code, fiscalYear));
				model.addAttribute("channels", ComplaintChannel.values());
				return "integrity/public-complaints";
			}
		}
	}

	/**
	 * The agency's emblem (PNG or JPEG, checked by content on upload) for its public
	 * pages: served with its type, {@code nosniff} and a short cache; 404 without one.
	 */
	@GetMapping("/public/agencies/{code}/emblem")
	ResponseEntity<byte[]> emblem(@PathVariable String code) {
		Emblem emblem = this.declarations.emblem(code).orElseThrow(() -> new NotFoundException("No emblem"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(emblem.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.body(emblem.bytes());
	}

	/**
	 * The Thai text as the page shows it: Thai digits when the announcement uses them.
	 */
	record Shown(String headingTh, String subjectTh, List<String> paragraphsTh, List<String> commitmentsTh) {

		static Shown of(Announcement a) {
			UnaryOperator<String> digits = a.thaiNumerals() ? ThaiDigits::of : UnaryOperator.identity();
			return new Shown(digits.apply(a.headingTh()), digits.apply(a.subjectTh()),
					a.paragraphsTh().stream().map(digits).toList(), a.commitmentsTh().stream().map(digits).toList());
		}

	}

}
