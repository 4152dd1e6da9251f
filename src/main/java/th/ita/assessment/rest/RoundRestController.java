package th.ita.assessment.rest;

import java.net.URI;
import java.util.List;

import th.ita.assessment.RoundSummary;
import th.ita.assessment.domain.NewRound;
import th.ita.assessment.domain.RoundService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rounds and calendars: reads for any signed-in user, changes for system admins. Dates
 * are ISO; fiscal years B.E.
 */
@RestController
@RequestMapping("/api/v1/rounds")
class RoundRestController {

	private final RoundService rounds;

	RoundRestController(RoundService rounds) {
		this.rounds = rounds;
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<RoundJson.Round> create(@RequestBody RoundJson.CreateRound body) {
		RoundSummary round = this.rounds.create(new NewRound(body.fiscalYear(), body.programme(), body.framework(),
				body.frameworkVersion(), body.windows(), false));
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/rounds/" + round.fiscalYear()))
			.body(view(round));
	}

	@GetMapping
	List<RoundJson.Round> list() {
		return this.rounds.all().stream().map(this::view).toList();
	}

	@GetMapping("/{fiscalYear}")
	RoundJson.Round get(@PathVariable int fiscalYear) {
		return view(this.rounds.get(fiscalYear));
	}

	@PutMapping("/{fiscalYear}/calendar")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	RoundJson.Round calendar(@PathVariable int fiscalYear, @RequestBody RoundJson.Calendar body) {
		return view(this.rounds.changeCalendar(fiscalYear, body.windows()));
	}

	private RoundJson.Round view(RoundSummary round) {
		int enrolments = round.programme().equals(RoundService.DEFAULT_PROGRAMME)
				? this.rounds.enrolmentCount(round.fiscalYear()) : 0;
		return RoundJson.Round.of(round, this.rounds.today(), enrolments);
	}

}
