package th.ita.integrity.web;

import java.net.URI;
import java.util.List;

import th.ita.integrity.domain.ComplaintService;
import th.ita.integrity.domain.ComplaintService.Stat;
import th.ita.integrity.domain.ComplaintService.Stats;
import th.ita.integrity.domain.GiftService;
import th.ita.integrity.domain.GiftViews.Gift;
import th.ita.integrity.domain.GiftViews.Summary;
import th.ita.integrity.domain.RiskService;
import th.ita.integrity.domain.RiskService.HeatMap;
import th.ita.integrity.domain.RiskService.Risk;
import th.ita.integrity.web.IntegrityJson.ComplaintBody;
import th.ita.integrity.web.IntegrityJson.GiftBody;
import th.ita.integrity.web.IntegrityJson.RiskBody;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static th.ita.integrity.web.DeclarationRestController.user;

/**
 * The gift register, the risk assessment and the complaint statistics of an agency. Reads
 * by the agency's users and the central team (every read of named gift entries is
 * audited); writes by the agency's editors, refused (409, {@code state}) once the year's
 * document is approved or published.
 */
@RestController
@RequestMapping("/api/v1/agencies/{code}")
class RegisterRestController {

	private final GiftService gifts;

	private final RiskService risks;

	private final ComplaintService complaints;

	RegisterRestController(GiftService gifts, RiskService risks, ComplaintService complaints) {
		this.gifts = gifts;
		this.risks = risks;
		this.complaints = complaints;
	}

	@GetMapping("/gifts")
	List<Gift> gifts(@PathVariable String code, @RequestParam int fiscalYear) {
		return this.gifts.named(code, fiscalYear, user());
	}

	@GetMapping("/gifts/summary")
	Summary giftSummary(@PathVariable String code, @RequestParam int fiscalYear) {
		return this.gifts.summary(code, fiscalYear, user());
	}

	@GetMapping("/gifts/{id}")
	Gift gift(@PathVariable String code, @PathVariable long id) {
		return this.gifts.entry(code, id, user());
	}

	@PostMapping("/gifts")
	ResponseEntity<Gift> recordGift(@PathVariable String code, @RequestBody GiftBody body) {
		Gift gift = this.gifts.record(code, input(body), user());
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + code + "/gifts/" + gift.id())).body(gift);
	}

	@PutMapping("/gifts/{id}")
	Gift updateGift(@PathVariable String code, @PathVariable long id, @RequestBody GiftBody body) {
		return this.gifts.update(code, id, input(body), user());
	}

	@DeleteMapping("/gifts/{id}")
	ResponseEntity<Void> deleteGift(@PathVariable String code, @PathVariable long id) {
		this.gifts.delete(code, id, user());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/risks")
	List<Risk> risks(@PathVariable String code, @RequestParam int fiscalYear) {
		return this.risks.list(code, fiscalYear, user());
	}

	@GetMapping("/risks/heat-map")
	HeatMap heatMap(@PathVariable String code, @RequestParam int fiscalYear) {
		return RiskService.heatMap(code, fiscalYear, this.risks.list(code, fiscalYear, user()));
	}

	@GetMapping("/risks/{id}")
	Risk risk(@PathVariable String code, @PathVariable long id) {
		return this.risks.read(code, id, user());
	}

	@PostMapping("/risks")
	ResponseEntity<Risk> createRisk(@PathVariable String code, @RequestBody RiskBody body) {
		Risk risk = this.risks.create(code, input(body), user());
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + code + "/risks/" + risk.id())).body(risk);
	}

	@PutMapping("/risks/{id}")
	Risk updateRisk(@PathVariable String code, @PathVariable long id, @RequestBody RiskBody body) {
		return this.risks.update(code, id, input(body), user());
	}

	@DeleteMapping("/risks/{id}")
	ResponseEntity<Void> deleteRisk(@PathVariable String code, @PathVariable long id) {
		this.risks.delete(code, id, user());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/complaint-stats")
	Stats complaintStats(@PathVariable String code, @RequestParam int fiscalYear) {
		return this.complaints.stats(code, fiscalYear, user());
	}

	@PutMapping("/complaint-stats/{fiscalYear}/{channel}")
	Stat saveComplaintStat(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String channel,
			@RequestBody ComplaintBody body) {
		return this.complaints.save(code, fiscalYear, channel, body.received(), body.completed(), body.inProgress(),
				user());
	}

	@DeleteMapping("/complaint-stats/{fiscalYear}/{channel}")
	ResponseEntity<Void> deleteComplaintStat(@PathVariable String code, @PathVariable int fiscalYear,
			@PathVariable String channel) {
		this.complaints.delete(code, fiscalYear, channel, user());
		return ResponseEntity.noContent().build();
	}

	private static GiftService.Input input(GiftBody b) {
		return new GiftService.Input(b.receivedOn(), b.giver(), b.relation(), b.item(), b.value(), b.action(),
				b.recordedBy());
	}

	private static RiskService.Input input(RiskBody b) {
		return new RiskService.Input(b.fiscalYear(), b.process(), b.description(), b.likelihood(), b.impact(),
				b.existingControls(), b.newControls(), b.owner(), b.followUp(), b.result());
	}

}
