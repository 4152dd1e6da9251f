package th.ita.planning.domain;

import th.ita.planning.PlanKind;
import th.ita.planning.domain.PlanRows.PlanRow;
import th.ita.planning.domain.ProgressRows.Image;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence images: to the agency's users and the central team, or to anybody once the
 * progress report is published.
 */
@Service
@Transactional(readOnly = true)
public class ImageQueries {

	/** An image's type and bytes. */
	public record ImageFile(String contentType, byte[] bytes) {
	}

	private final PlanRows plans;

	private final ProgressRows progress;

	private final PlanAccess access;

	ImageQueries(PlanRows plans, ProgressRows progress, PlanAccess access) {
		this.plans = plans;
		this.progress = progress;
		this.access = access;
	}

	public ImageFile image(int fiscalYear, String agencyCode, PlanKind kind, long id, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		return find(fiscalYear, agencyCode, kind, id, false);
	}

	public ImageFile publicImage(int fiscalYear, String agencyCode, PlanKind kind, long id) {
		return find(fiscalYear, agencyCode, kind, id, true);
	}

	private ImageFile find(int fiscalYear, String agencyCode, PlanKind kind, long id, boolean published) {
		PlanRow plan = this.plans.find(fiscalYear, agencyCode, kind)
			.filter(p -> !published || p.progressPublishedAt() != null)
			.orElseThrow(() -> new NotFoundException("Not found"));
		Image image = this.progress.image(id)
			.filter(i -> i.planId() == plan.plan().id())
			.orElseThrow(() -> new NotFoundException("Not found"));
		return new ImageFile(image.contentType(), image.bytes());
	}

}
