package th.ita.planning.domain;

import java.util.List;

import th.ita.assessment.Rounds;
import th.ita.planning.PlanKind;
import th.ita.shared.OitItemMapping;

import org.springframework.stereotype.Component;

/**
 * The OIT items a published plan or progress report answers, following the framework of
 * the round it is offered to ({@code planning/oit-items.properties}; the default
 * framework, {@code ITA-ESA-2567}, when there is no round yet or the framework has no
 * lines).
 */
@Component
class PlanOitItems {

	private final Rounds rounds;

	private final OitItemMapping mapping = OitItemMapping.load("planning/oit-items.properties");

	PlanOitItems(Rounds rounds) {
		this.rounds = rounds;
	}

	/** The items the published plan answers in the round of its fiscal year. */
	List<String> plan(PlanKind kind, int round) {
		return this.mapping.items(framework(round), kind.name() + ".plan");
	}

	/** The items the progress report answers in the round it is offered to. */
	List<String> progress(PlanKind kind, int round) {
		return this.mapping.items(framework(round), kind.name() + ".progress");
	}

	private String framework(int round) {
		return this.rounds.find(round).map(r -> r.framework().code()).orElse(this.mapping.defaultFramework());
	}

}
