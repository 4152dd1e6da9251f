package th.ita.scoring;

import java.util.List;

/**
 * Published (in memory, not persisted) by a round recompute for each batch of agencies
 * whose snapshots it wrote (up to a thousand at a time): the bulk form of
 * {@link AgencyScored}, which single-agency recomputes publish. One event per agency made
 * a round of 30,000 agencies pay the event dispatch 30,000 times for listeners nobody
 * registered.
 *
 * @param fiscalYear the round
 * @param agencyCodes the agencies whose snapshots changed
 */
public record AgenciesScored(int fiscalYear, List<String> agencyCodes) {

	public AgenciesScored {
		agencyCodes = List.copyOf(agencyCodes);
	}

}
