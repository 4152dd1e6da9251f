package th.ita.oit.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.framework.Item;
import th.ita.oit.OitItemResult;
import th.ita.oit.OitResults;
import th.ita.oit.evidence.EvidenceRecords.Review;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item results for scoring: the confirmation verdict of a locked item, otherwise the
 * latest verdict; PASS is 100 and FAIL 0 unless the item gives partial credit and the
 * reviewer gave a score.
 */
@Service
@Transactional(readOnly = true)
class OitResultsService implements OitResults {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final EvidenceRows rows;

	private final EvidenceQueries queries;

	private final Rounds rounds;

	OitResultsService(EvidenceRows rows, EvidenceQueries queries, Rounds rounds) {
		this.rows = rows;
		this.queries = queries;
		this.rounds = rounds;
	}

	@Override
	public List<OitItemResult> results(int fiscalYear, String agencyCode) {
		RoundSummary round = this.rounds.find(fiscalYear).orElse(null);
		if (round == null) {
			return List.of();
		}
		Map<String, EvidenceItem> items = this.rows.all(fiscalYear, agencyCode);
		Map<String, List<Review>> reviews = this.rows.reviews(fiscalYear, agencyCode)
			.stream()
			.collect(Collectors.groupingBy(Review::itemCode));
		List<OitItemResult> results = new ArrayList<>();
		for (Item item : this.queries.oitItems(round)) {
			String code = String.valueOf(item.code());
			EvidenceItem evidence = items.get(code);
			boolean locked = evidence != null && evidence.locked();
			List<Review> history = reviews.getOrDefault(code, List.of());
			Review verdict = history.stream()
				.filter(r -> !locked || r.stage() == ReviewStage.CONFIRMATION)
				.findFirst()
				.orElse(null);
			boolean partial = item.evidence() != null && item.evidence().partialCredit();
			results.add(new OitItemResult(code, (verdict != null) ? score(verdict, partial) : null, locked));
		}
		return results;
	}

	@Override
	public Map<String, List<OitItemResult>> roundResults(int fiscalYear) {
		RoundSummary round = this.rounds.find(fiscalYear).orElse(null);
		if (round == null) {
			return Map.of();
		}
		Map<String, Boolean> partial = new java.util.HashMap<>();
		List<Item> oitItems = this.queries.oitItems(round);
		oitItems
			.forEach(i -> partial.put(String.valueOf(i.code()), i.evidence() != null && i.evidence().partialCredit()));
		java.util.Set<String> locked = new java.util.HashSet<>();
		Map<String, Map<String, BigDecimal>> scores = new java.util.HashMap<>();
		this.rows.roundVerdicts(fiscalYear, v -> {
			if (v.locked()) {
				locked.add(v.agencyCode() + "/" + v.itemCode());
			}
			Boolean credit = partial.get(v.itemCode());
			if (credit != null && v.verdict() != null) {
				BigDecimal score = (credit && v.score() != null) ? v.score()
						: (v.verdict() == Verdict.PASS) ? HUNDRED : BigDecimal.ZERO;
				scores.computeIfAbsent(v.agencyCode(), k -> new java.util.HashMap<>()).put(v.itemCode(), score);
			}
		});
		Map<String, List<OitItemResult>> out = new java.util.HashMap<>();
		scores.forEach((agency, byItem) -> {
			List<OitItemResult> results = new ArrayList<>();
			for (Item item : oitItems) {
				String code = String.valueOf(item.code());
				results.add(new OitItemResult(code, byItem.get(code), locked.contains(agency + "/" + code)));
			}
			out.put(agency, results);
		});
		return out;
	}

	static BigDecimal score(Review review, boolean partialCredit) {
		if (partialCredit && review.score() != null) {
			return review.score();
		}
		return (review.verdict() == Verdict.PASS) ? HUNDRED : BigDecimal.ZERO;
	}

}
