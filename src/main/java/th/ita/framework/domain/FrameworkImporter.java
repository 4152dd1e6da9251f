package th.ita.framework.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.audit.AuditTrail;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Instrument;
import th.ita.shared.ConflictException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a framework file, all or nothing, in one transaction: parse, validate (every
 * problem at once), then store a new code+version, do nothing for identical content, or
 * replace an unpinned version. A pinned version never changes: different content is a 409
 * asking for a new version. Every store or replace appends an audit entry with a summary
 * and the content hash.
 */
@Service
public class FrameworkImporter {

	private final FrameworkRows rows;

	private final AuditTrail audit;

	FrameworkImporter(FrameworkRows rows, AuditTrail audit) {
		this.rows = rows;
		this.audit = audit;
	}

	/**
	 * Parses and validates a file without storing anything.
	 * @throws FrameworkRejectedException with every problem found
	 */
	public static FrameworkDefinition check(byte[] bytes) {
		FrameworkDefinition definition = FrameworkYaml.parse(bytes);
		List<FrameworkError> errors = FrameworkValidator.validate(definition);
		if (!errors.isEmpty()) {
			throw new FrameworkRejectedException(FrameworkRejectedException.Kind.INVALID, errors);
		}
		return definition;
	}

	@Transactional
	public ImportOutcome importYaml(byte[] bytes) {
		FrameworkDefinition definition = check(bytes);
		FrameworkRef ref = definition.ref();
		String json = FrameworkYaml.toJson(definition);
		String sha = FrameworkYaml.sha256(definition);
		Optional<FrameworkRows.Stored> existing = this.rows.lock(ref);
		if (existing.isEmpty()) {
			try {
				this.rows.insert(definition, sha, json);
			}
			catch (DuplicateKeyException ex) {
				throw new ConflictException("version",
						"Framework " + ref + " was stored by another import at the same time; import it again.");
			}
			this.audit.record("framework.imported", "framework", ref.toString(), null, summary(definition, sha));
			return outcome(ImportOutcome.Status.CREATED, ref, sha);
		}
		FrameworkRows.Stored before = existing.get();
		if (before.sha256().equals(sha)) {
			return new ImportOutcome(ImportOutcome.Status.UNCHANGED, before.summary(), sha);
		}
		if (before.summary().pinned()) {
			throw new ConflictException("version", "Framework " + ref + " is used by a round and can never change; "
					+ "import the changed file as a new version (e.g. version: " + nextVersion(ref) + ").");
		}
		FrameworkDefinition old = this.rows.json(ref).map(FrameworkYaml::fromJson).orElseThrow();
		this.rows.replace(definition, sha, json);
		this.audit.record("framework.replaced", "framework", ref.toString(), summary(old, before.sha256()),
				summary(definition, sha));
		return outcome(ImportOutcome.Status.REPLACED, ref, sha);
	}

	private int nextVersion(FrameworkRef ref) {
		return this.rows.latestVersion(ref.code()).orElse(ref.version()) + 1;
	}

	private ImportOutcome outcome(ImportOutcome.Status status, FrameworkRef ref, String sha) {
		return new ImportOutcome(status, this.rows.find(ref).orElseThrow().summary(), sha);
	}

	/** What the audit trail keeps of a version: its identity, counts and hash. */
	static Map<String, Object> summary(FrameworkDefinition d, String sha) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("code", d.code());
		map.put("version", d.version());
		map.put("programme", d.programme());
		map.put("fiscalYear", d.fiscalYear());
		map.put("nameTh", d.nameTh());
		map.put("indicators", d.indicators().size());
		for (Instrument instrument : Instrument.values()) {
			map.put(instrument.name() + "items", d.items(instrument).size());
		}
		map.put("sha256", sha);
		return map;
	}

}
