package th.ita.integrity;

import java.util.List;
import java.util.Optional;

/**
 * The integrity module's API for other modules (the documents module renders the
 * announcements as PDF from it). Reads only; no access check: the caller decides who may
 * see a draft.
 */
public interface IntegrityDocuments {

	/** One announcement of an agency and fiscal year, whatever its status. */
	Optional<Announcement> announcement(String agencyCode, int fiscalYear, IntegrityDocument kind);

	/** The agency's announcements of a fiscal year, in the enum's order. */
	List<Announcement> announcements(String agencyCode, int fiscalYear);

	/** The agency's executive (the signer of its documents), if recorded. */
	Optional<Signer> signer(String agencyCode);

	/** The agency's emblem, if uploaded. */
	Optional<Emblem> emblem(String agencyCode);

}
