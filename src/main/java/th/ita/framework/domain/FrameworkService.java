package th.ita.framework.domain;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.audit.AuditTrail;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkRef;
import th.ita.framework.FrameworkSummary;
import th.ita.framework.Instrument;
import th.ita.framework.RespondentGroup;
import th.ita.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link FrameworkCatalog}: stored versions, their trees, and pinning. */
@Service
@Transactional(readOnly = true)
public class FrameworkService implements FrameworkCatalog {

	private final FrameworkRows rows;

	private final AuditTrail audit;

	FrameworkService(FrameworkRows rows, AuditTrail audit) {
		this.rows = rows;
		this.audit = audit;
	}

	@Override
	public List<FrameworkSummary> all() {
		return this.rows.all().stream().map(FrameworkRows.Stored::summary).toList();
	}

	@Override
	public Optional<FrameworkSummary> latest(String code) {
		return this.rows.latestVersion(code)
			.flatMap(v -> this.rows.find(new FrameworkRef(code, v)))
			.map(FrameworkRows.Stored::summary);
	}

	@Override
	public Optional<FrameworkSummary> find(FrameworkRef ref) {
		return this.rows.find(ref).map(FrameworkRows.Stored::summary);
	}

	@Override
	public Optional<FrameworkDefinition> definition(FrameworkRef ref) {
		return this.rows.json(ref).map(FrameworkYaml::fromJson);
	}

	/**
	 * The version asked for, or the latest of the code when {@code version} is null.
	 * @throws NotFoundException when there is none
	 */
	public FrameworkDefinition resolve(String code, @Nullable Integer version) {
		FrameworkRef ref = (version != null) ? new FrameworkRef(code, version)
				: this.rows.latestVersion(code)
					.map(v -> new FrameworkRef(code, v))
					.orElseThrow(() -> notFound(code, null));
		return definition(ref).orElseThrow(() -> notFound(code, version));
	}

	/** The stored header of a resolved definition. */
	public FrameworkSummary summary(FrameworkDefinition definition) {
		return find(definition.ref()).orElseThrow(() -> notFound(definition.code(), definition.version()));
	}

	@Override
	@Transactional
	public void pin(FrameworkRef ref) {
		FrameworkRows.Stored stored = this.rows.lock(ref).orElseThrow(() -> notFound(ref.code(), ref.version()));
		if (this.rows.pin(ref)) {
			this.audit.record("framework.pinned", "framework", ref.toString(), stored.summary(),
					this.rows.find(ref).orElseThrow().summary());
		}
	}

	@Override
	public int minimumSample(FrameworkRef ref, Instrument instrument, int population) {
		return required(ref).minimumSample(instrument, population);
	}

	@Override
	public int defaultPopulation(FrameworkRef ref, Instrument instrument) {
		Integer population = required(ref).sampleRule(instrument).map(r -> r.defaultPopulation()).orElse(null);
		return (population != null) ? population : 0;
	}

	@Override
	public List<RespondentGroup> respondentGroups(FrameworkRef ref, Instrument instrument) {
		return required(ref).respondentGroups(instrument);
	}

	private FrameworkDefinition required(FrameworkRef ref) {
		return definition(ref).orElseThrow(() -> notFound(ref.code(), ref.version()));
	}

	private static NotFoundException notFound(@Nullable String code, @Nullable Integer version) {
		return new NotFoundException(
				"No framework " + code + ((version != null) ? " version " + version : "") + " is stored.");
	}

}
