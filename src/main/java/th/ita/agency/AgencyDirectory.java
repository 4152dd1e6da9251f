package th.ita.agency;

import java.util.List;
import java.util.Optional;

/** Read access to the agency registry for other modules. */
public interface AgencyDirectory {

	/** True when an agency with this code is registered. */
	boolean exists(String code);

	/** The agency with this code. */
	Optional<AgencySummary> find(String code);

	/** Every registered agency, in Thai dictionary order of the Thai name. */
	List<AgencySummary> all();

}
