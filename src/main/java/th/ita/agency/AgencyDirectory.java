package th.ita.agency;

/**
 * PROVISIONAL (identity branch): the agency module's public lookup of agency codes. The
 * agency module replaces this file with its real API when merging.
 */
public interface AgencyDirectory {

	/** True when an agency with this code exists. */
	boolean exists(String code);

}
