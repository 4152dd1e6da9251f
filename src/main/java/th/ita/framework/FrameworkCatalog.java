package th.ita.framework;

import java.util.List;
import java.util.Optional;

/**
 * The framework module's API for other modules: which framework versions exist, their
 * full definitions, and pinning a version when a round starts to use it.
 */
public interface FrameworkCatalog {

	/** Every stored version, newest fiscal year first. */
	List<FrameworkSummary> all();

	/** The highest version of a code. */
	Optional<FrameworkSummary> latest(String code);

	Optional<FrameworkSummary> find(FrameworkRef ref);

	/** The whole tree of one version. */
	Optional<FrameworkDefinition> definition(FrameworkRef ref);

	/**
	 * Marks a version as used by a round: from then on it can never change (a change must
	 * be imported as a new version). Idempotent.
	 * @throws th.ita.shared.NotFoundException if the version does not exist
	 */
	void pin(FrameworkRef ref);

	/**
	 * The minimum number of respondents the framework's sample-size rule asks of an
	 * agency for a survey instrument, given its population (IIT: staff with at least one
	 * year of service; EIT: expected external respondents).
	 */
	int minimumSample(FrameworkRef ref, Instrument instrument, int population);

	/**
	 * The default EIT population of an agency when none is given (from the framework).
	 */
	int defaultPopulation(FrameworkRef ref, Instrument instrument);

	/** The respondent groups of a survey instrument, in the framework's order. */
	List<RespondentGroup> respondentGroups(FrameworkRef ref, Instrument instrument);

}
