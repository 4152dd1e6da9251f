package th.ita.integrity;

import java.util.List;

import th.ita.integrity.domain.GiftService;
import th.ita.shared.ItaPrincipal;

import org.springframework.stereotype.Component;

/** {@link GiftRegister} over the register's own service (same check, same audit). */
@Component
class GiftRegisterReader implements GiftRegister {

	private final GiftService gifts;

	GiftRegisterReader(GiftService gifts) {
		this.gifts = gifts;
	}

	@Override
	public List<GiftEntry> entries(String agencyCode, int fiscalYear, ItaPrincipal user) {
		return this.gifts.named(agencyCode, fiscalYear, user)
			.stream()
			.map(g -> new GiftEntry(g.id(), g.receivedOn(), g.giver(), g.relation(), g.item(), g.value(),
					g.action().name(), g.recordedBy()))
			.toList();
	}

}
