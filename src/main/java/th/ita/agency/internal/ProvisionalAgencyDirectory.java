package th.ita.agency.internal;

import java.util.regex.Pattern;

import th.ita.agency.AgencyDirectory;

import org.springframework.stereotype.Component;

/**
 * PROVISIONAL (identity branch): accepts any well-formed agency code until the agency
 * module's real directory merges. Delete when merging.
 */
@Component
class ProvisionalAgencyDirectory implements AgencyDirectory {

	private static final Pattern CODE = Pattern.compile("^[A-Z0-9]{1,20}$");

	@Override
	public boolean exists(String code) {
		return CODE.matcher(code).matches();
	}

}
