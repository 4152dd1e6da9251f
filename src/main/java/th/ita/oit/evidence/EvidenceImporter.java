package th.ita.oit.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.audit.AuditTrail;
import th.ita.framework.Item;
import th.ita.oit.evidence.EvidenceRecords.Revision;
import th.ita.shared.ConflictException;
import th.ita.shared.ItaPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of an agency's evidence URLs for a round from CSV or XLSX
 * ({@link EvidenceSheet}), all or nothing: every row is checked first and a file with any
 * bad row stores nothing. Each item in the file then gets a new revision with exactly the
 * file's URLs for it (its note is kept), audited as a save; items not in the file are
 * unchanged. Same rights and window as a save.
 */
@Service
@Transactional
public class EvidenceImporter {

	/** Summary of an accepted import. */
	public record Imported(int items, int urls, List<String> itemCodes) {
	}

	private final EvidenceRows rows;

	private final EvidenceQueries queries;

	private final OitAccess access;

	private final Rounds rounds;

	private final AuditTrail audit;

	private final OitTexts texts;

	EvidenceImporter(EvidenceRows rows, EvidenceQueries queries, OitAccess access, Rounds rounds, AuditTrail audit,
			OitTexts texts) {
		this.rows = rows;
		this.queries = queries;
		this.access = access;
		this.rounds = rounds;
		this.audit = audit;
		this.texts = texts;
	}

	/**
	 * @throws ImportTooLargeException over {@link EvidenceSheet#MAX_BYTES} (413)
	 * @throws ImportRejectedException with every row error (422); nothing is stored
	 */
	public Imported importFile(int fiscalYear, String agencyCode, @Nullable String fileName, byte[] bytes,
			ItaPrincipal user) {
		RoundSummary round = this.queries.round(fiscalYear);
		this.access.requireView(fiscalYear, agencyCode, user);
		this.queries.requireEnrolled(fiscalYear, agencyCode);
		this.access.requireEditor(agencyCode, user);
		this.rounds.requireOpen(fiscalYear, Activity.OIT_SUBMISSION);
		EvidenceSheet.Parsed parsed = EvidenceSheet.parse(bytes);
		if (parsed.rows().isEmpty()) {
			throw new ImportRejectedException(parsed.errors());
		}
		Set<String> known = this.queries.oitItems(round)
			.stream()
			.map(Item::code)
			.map(String::valueOf)
			.collect(Collectors.toSet());
		Map<String, EvidenceItem> items = this.rows.all(fiscalYear, agencyCode);
		List<ImportError> errors = new ArrayList<>(parsed.errors());
		Map<String, List<EvidenceUrl>> byItem = new LinkedHashMap<>();
		Map<String, Integer> firstLine = new HashMap<>();
		for (EvidenceSheet.Row row : parsed.rows()) {
			EvidenceUrl url = validate(row, known, errors);
			if (url == null) {
				continue;
			}
			String code = String.valueOf(row.itemCode());
			Integer first = firstLine.putIfAbsent(code + " " + url.url(), row.line());
			if (first != null) {
				errors.add(new ImportError(row.line(), "url", "duplicate", code, String.valueOf(first)));
				continue;
			}
			List<EvidenceUrl> urls = byItem.computeIfAbsent(code, k -> new ArrayList<>());
			if (urls.size() == EvidenceInput.MAX_URLS) {
				errors.add(new ImportError(row.line(), "item_code", "too-many-urls", code,
						String.valueOf(EvidenceInput.MAX_URLS)));
				continue;
			}
			urls.add(url);
			EvidenceItem item = items.get(code);
			if (urls.size() == 1 && item != null && !editable(item.status())) {
				errors.add(new ImportError(row.line(), "item_code", "not-editable", code,
						this.texts.get(item.status().messageKey())));
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(Comparator.comparingInt(ImportError::line));
			throw new ImportRejectedException(errors);
		}
		return apply(fiscalYear, agencyCode, fileName, byItem, items, user);
	}

	private @Nullable EvidenceUrl validate(EvidenceSheet.Row row, Set<String> known, List<ImportError> errors) {
		int before = errors.size();
		int line = row.line();
		if (row.itemCode() == null) {
			errors.add(new ImportError(line, "item_code", "missing"));
		}
		else if (!known.contains(row.itemCode())) {
			errors.add(new ImportError(line, "item_code", "unknown-item", row.itemCode()));
		}
		if (row.url() == null) {
			errors.add(new ImportError(line, "url", "missing"));
		}
		else if (row.url().length() > EvidenceInput.MAX_URL_LENGTH) {
			errors.add(new ImportError(line, "url", "url-too-long", String.valueOf(EvidenceInput.MAX_URL_LENGTH)));
		}
		else if (!EvidenceInput.validUrl(row.url())) {
			errors.add(new ImportError(line, "url", "bad-url", row.url()));
		}
		if (row.title() == null) {
			errors.add(new ImportError(line, "title", "missing"));
		}
		else if (row.title().length() > EvidenceInput.MAX_TITLE_LENGTH) {
			errors
				.add(new ImportError(line, "title", "title-too-long", String.valueOf(EvidenceInput.MAX_TITLE_LENGTH)));
		}
		return (errors.size() == before) ? new EvidenceUrl(String.valueOf(row.url()), String.valueOf(row.title()))
				: null;
	}

	private static boolean editable(EvidenceStatus status) {
		return status == EvidenceStatus.EMPTY || status == EvidenceStatus.DRAFT || status == EvidenceStatus.SUBMITTED;
	}

	private Imported apply(int fiscalYear, String agencyCode, @Nullable String fileName,
			Map<String, List<EvidenceUrl>> byItem, Map<String, EvidenceItem> items, ItaPrincipal user) {
		Map<String, String> notes = new HashMap<>();
		for (Revision revision : this.rows.revisions(fiscalYear, agencyCode)) {
			if (revision.note() != null) {
				notes.putIfAbsent(revision.itemCode(), revision.note());
			}
		}
		int urls = 0;
		for (Map.Entry<String, List<EvidenceUrl>> entry : byItem.entrySet()) {
			String code = entry.getKey();
			EvidenceItem item = items.getOrDefault(code, EvidenceItem.empty(fiscalYear, agencyCode, code));
			item.save();
			if (this.rows.save(item).isEmpty()) {
				throw new ConflictException("version", this.texts.get("oit.error.staleConcurrent"));
			}
			String note = notes.get(code);
			this.rows.addRevision(item, entry.getValue(), note, user.username());
			this.audit.record("oit.evidence-saved", "oit-item", item.key(), null, Map.of("urls", entry.getValue(),
					"note", String.valueOf(note), "status", item.status().name(), "source", "import"));
			urls += entry.getValue().size();
		}
		List<String> codes = List.copyOf(byItem.keySet());
		this.audit.record("oit.evidence-imported", "oit-checklist", fiscalYear + "/" + agencyCode, null,
				Map.of("file", String.valueOf(fileName), "items", codes, "urls", urls));
		return new Imported(codes.size(), urls, codes);
	}

}
