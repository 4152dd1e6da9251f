package th.ita.framework.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkRef;
import th.ita.framework.FrameworkSummary;
import th.ita.framework.Instrument;
import th.ita.framework.RespondentGroup;
import th.ita.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * PROVISIONAL stand-in for the framework module on the assessment branch: knows exactly
 * {@code ITA-ESA-2567} v1 and keeps pins in memory. Deleted when the real framework
 * module is merged; nothing that matters lives here.
 */
@Component
class ProvisionalFrameworkCatalog implements FrameworkCatalog {

	static final FrameworkRef ESA_2567 = new FrameworkRef("ITA-ESA-2567", 1);

	private static final Instant IMPORTED = Instant.parse("2026-11-23T00:00:00Z");

	private final Set<FrameworkRef> pinned = ConcurrentHashMap.newKeySet();

	@Override
	public List<FrameworkSummary> all() {
		return List.of(summary());
	}

	@Override
	public Optional<FrameworkSummary> latest(String code) {
		return ESA_2567.code().equals(code) ? Optional.of(summary()) : Optional.empty();
	}

	@Override
	public Optional<FrameworkSummary> find(FrameworkRef ref) {
		return ESA_2567.equals(ref) ? Optional.of(summary()) : Optional.empty();
	}

	@Override
	public Optional<FrameworkDefinition> definition(FrameworkRef ref) {
		return ESA_2567.equals(ref) ? Optional.of(new FrameworkDefinition(ref)) : Optional.empty();
	}

	@Override
	public void pin(FrameworkRef ref) {
		check(ref);
		this.pinned.add(ref);
	}

	@Override
	public int minimumSample(FrameworkRef ref, Instrument instrument, int population) {
		check(ref);
		int n = Math.max(0, population);
		return switch (instrument) {
			case IIT -> (n < 30) ? n : Math.min(n, Math.max(30, (int) Math.ceil(n * 0.2)));
			case EIT -> Math.min(n, 100);
			case OIT -> 0;
		};
	}

	@Override
	public int defaultPopulation(FrameworkRef ref, Instrument instrument) {
		check(ref);
		return (instrument == Instrument.EIT) ? 100 : 0;
	}

	@Override
	public List<RespondentGroup> respondentGroups(FrameworkRef ref, Instrument instrument) {
		check(ref);
		if (instrument != Instrument.EIT) {
			return List.of();
		}
		return List.of(new RespondentGroup(Instrument.EIT, "SERVICE_RECIPIENT", "ผู้รับบริการ", "Service recipients"),
				new RespondentGroup(Instrument.EIT, "SCHOOL", "สถานศึกษาในสังกัด", "Schools"),
				new RespondentGroup(Instrument.EIT, "PARTNER", "ผู้มีส่วนได้ส่วนเสียอื่น", "Other stakeholders"));
	}

	private FrameworkSummary summary() {
		return new FrameworkSummary(ESA_2567, "OBEC-ESA", 2567, "กรอบการประเมิน ITA สำนักงานเขตพื้นที่การศึกษา 2567",
				"ITA framework for Educational Service Area offices 2567", this.pinned.contains(ESA_2567), IMPORTED);
	}

	private static void check(FrameworkRef ref) {
		if (!ESA_2567.equals(ref)) {
			throw new NotFoundException("No framework " + ref);
		}
	}

}
