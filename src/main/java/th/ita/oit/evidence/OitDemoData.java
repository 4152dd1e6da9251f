package th.ita.oit.evidence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.assessment.Activity;
import th.ita.assessment.Enrolment;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.assessment.Window;
import th.ita.framework.FailReason;
import th.ita.framework.Item;
import th.ita.shared.DemoMode;
import th.ita.shared.ThaiDates;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of the OIT module, when {@link DemoMode} is on, after the assessment module's
 * rounds (order 210). Round 2567 (every window past): for every enrolled ESA and OIT item
 * a synthetic submission, a first review, for some failed items a clarification, and a
 * confirmation that locks the item, all from the fixed seed 2567 (so {@code OitResults}
 * gives final verdicts). Round 2568 (submission open): a few drafts and submissions of
 * S4001 and some other agencies. Written with batched SQL straight into the module's
 * tables (the windows are closed, so the cycle's window checks are bypassed here only);
 * URLs are under {@code demo.invalid} and every title, note and comment says it is
 * synthetic. Idempotent: a round that already has evidence is skipped.
 */
@Component
public class OitDemoData {

	static final long SEED = 2567L;

	static final String ASSESSOR = "assessor1";

	private static final Logger log = LoggerFactory.getLogger(OitDemoData.class);

	private final DemoMode demo;

	private final Rounds rounds;

	private final EvidenceQueries queries;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	OitDemoData(DemoMode demo, Rounds rounds, EvidenceQueries queries, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.demo = demo;
		this.rounds = rounds;
		this.queries = queries;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(210)
	void onReady() {
		if (!this.demo.enabled()) {
			return;
		}
		try {
			load();
		}
		catch (RuntimeException ex) {
			log.warn("Demo data of the OIT module could not be loaded", ex);
		}
	}

	/**
	 * How many evidence items each part wrote (0: skipped, already there or no round).
	 */
	public record Loaded(int complete, int open) {
	}

	void load() {
		load(2567, 2568);
	}

	/**
	 * Loads whatever part is missing, in one transaction: a complete round (every item
	 * final) and an open round (a few drafts and submissions).
	 */
	public Loaded load(int completeYear, int openYear) {
		return this.transaction.execute(s -> {
			int complete = 0;
			int open = 0;
			if (missing(completeYear)) {
				long start = System.nanoTime();
				complete = completeRound(completeYear);
				log.info("Demo data: synthetic OIT verdicts of {} items in round {} ({} ms)", complete, completeYear,
						(System.nanoTime() - start) / 1_000_000);
			}
			if (missing(openYear)) {
				open = fewSubmissions(openYear);
				log.info("Demo data: {} synthetic OIT drafts and submissions in round {}", open, openYear);
			}
			return new Loaded(complete, open);
		});
	}

	private boolean missing(int fiscalYear) {
		if (this.rounds.find(fiscalYear).isEmpty() || this.rounds.enrolments(fiscalYear).isEmpty()) {
			return false;
		}
		Long count = this.jdbc.queryForObject("select count(*) from oit_evidence_item where fiscal_year = ?",
				Long.class, fiscalYear);
		return count == null || count == 0;
	}

	private List<String> agencies(int fiscalYear) {
		return this.rounds.enrolments(fiscalYear)
			.stream()
			.map(Enrolment::agencyCode)
			.sorted(Comparator.naturalOrder())
			.toList();
	}

	private List<String> items(int fiscalYear) {
		RoundSummary round = this.queries.round(fiscalYear);
		return this.queries.oitItems(round).stream().map(Item::code).map(String::valueOf).toList();
	}

	/**
	 * Every item of every enrolled agency submitted, reviewed, perhaps clarified, final.
	 */
	private int completeRound(int year) {
		SplittableRandom random = new SplittableRandom(SEED);
		Rows rows = new Rows();
		List<String> items = items(year);
		List<String> agencies = agencies(year);
		RoundSummary round = this.queries.round(year);
		List<FailReason> reasons = this.queries.failReasons(round, items.isEmpty() ? "" : items.get(0));
		LocalDate submitted = day(round, Activity.OIT_SUBMISSION, "2024-03-01");
		LocalDate reviewed = day(round, Activity.OIT_REVIEW, "2024-05-01");
		LocalDate clarified = day(round, Activity.OIT_CLARIFICATION, "2024-06-01");
		LocalDate confirmed = day(round, Activity.OIT_CONFIRMATION, "2024-06-16");
		for (int a = 0; a < agencies.size(); a++) {
			String agency = agencies.get(a);
			double quality = 0.72 + random.nextDouble() * 0.27;
			String assessor = (a % 5 == 0) ? ASSESSOR : "demo-assessor-" + (a % 5 + 1);
			if (assessor.equals(ASSESSOR) || agency.equals("S4001") || agency.equals("4001")) {
				rows.assignments.add(new Object[] { year, ASSESSOR, agency });
				assessor = ASSESSOR;
			}
			for (String item : items) {
				rows.items.add(new Object[] { year, agency, item, EvidenceStatus.FINAL.name(), 4L });
				rows.revision(year, agency, item, url(agency, year, item), title(item), at(submitted, random));
				boolean pass = random.nextDouble() < quality;
				FailReason reason = pass ? null : reason(reasons, random);
				rows.review(year, agency, item, ReviewStage.FIRST_REVIEW, pass, reason, assessor, at(reviewed, random));
				boolean finalPass = pass;
				if (!pass && random.nextDouble() < 0.6) {
					rows.revision(year, agency, item, url(agency, year, item) + "-revised", title(item),
							at(clarified, random));
					rows.clarifications.add(new Object[] { year, agency, item,
							"ชี้แจงเพิ่มเติมและแก้ไขลิงก์แล้ว (ข้อมูลสมมติ)", at(clarified, random) });
					finalPass = random.nextDouble() < 0.7;
				}
				rows.review(year, agency, item, ReviewStage.CONFIRMATION, finalPass,
						finalPass ? null : (reason != null ? reason : reason(reasons, random)), assessor,
						at(confirmed, random));
			}
		}
		rows.write(this.jdbc);
		return rows.items.size();
	}

	/** Round 2568: S4001 and every twentieth agency have a few drafts and submissions. */
	private int fewSubmissions(int year) {
		SplittableRandom random = new SplittableRandom(SEED + 1);
		Rows rows = new Rows();
		List<String> items = items(year);
		List<String> agencies = agencies(year);
		Timestamp now = Timestamp.from(java.time.Instant.now());
		for (int a = 0; a < agencies.size(); a++) {
			String agency = agencies.get(a);
			if (!agency.equals("S4001") && a % 20 != 0) {
				continue;
			}
			if (agency.equals("S4001") || agency.equals("4001")) {
				rows.assignments.add(new Object[] { year, ASSESSOR, agency });
			}
			int count = agency.equals("S4001") ? 8 : 2 + random.nextInt(4);
			for (int i = 0; i < Math.min(count, items.size()); i++) {
				String item = items.get(i);
				boolean submitted = i < count - 2;
				rows.items.add(new Object[] { year, agency, item,
						(submitted ? EvidenceStatus.SUBMITTED : EvidenceStatus.DRAFT).name(), submitted ? 2L : 1L });
				rows.revision(year, agency, item, url(agency, year, item), title(item), now);
			}
		}
		rows.write(this.jdbc);
		return rows.items.size();
	}

	private static String url(String agency, int year, String item) {
		return "https://" + agency.toLowerCase(Locale.ROOT) + ".demo.invalid/ita/" + year + "/" + item;
	}

	private static String title(String item) {
		return "หลักฐานข้อ " + item + " (ข้อมูลสมมติ)";
	}

	/** One of the framework's fail reasons (a synthetic text when it offers none). */
	private static FailReason reason(List<FailReason> reasons, SplittableRandom random) {
		if (reasons.isEmpty()) {
			return new FailReason(null, "ไม่ผ่าน (ข้อมูลสมมติ)", null);
		}
		return reasons.get(random.nextInt(reasons.size()));
	}

	/** The first day of the round's window (or a default). */
	private static LocalDate day(RoundSummary round, Activity activity, String otherwise) {
		Window window = round.windows().get(activity);
		return (window != null) ? window.from() : LocalDate.parse(otherwise);
	}

	/** Office hours on one of the first days from the day. */
	private static Timestamp at(LocalDate day, SplittableRandom random) {
		ZonedDateTime time = day.plusDays(random.nextInt(10))
			.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(480)))
			.atZone(ThaiDates.BANGKOK);
		return Timestamp.from(time.toInstant());
	}

	/** The rows to write, in batches. */
	private static final class Rows {

		final List<Object[]> items = new ArrayList<>();

		final List<Object[]> revisions = new ArrayList<>();

		final List<Object[]> reviews = new ArrayList<>();

		final List<Object[]> clarifications = new ArrayList<>();

		final List<Object[]> assignments = new ArrayList<>();

		void revision(int year, String agency, String item, String url, String title, Timestamp at) {
			String urls = "[{\"url\":\"" + url + "\",\"title\":\"" + title + "\"}]";
			this.revisions.add(new Object[] { year, agency, item, urls, "ข้อมูลสมมติเพื่อการสาธิต", "demo", at });
		}

		void review(int year, String agency, String item, ReviewStage stage, boolean pass, @Nullable FailReason reason,
				String assessor, Timestamp at) {
			this.reviews.add(new Object[] { year, agency, item, stage.name(), pass ? "PASS" : "FAIL",
					(reason != null) ? reason.code() : null, (reason != null) ? reason.textTh() : null,
					pass ? null : "ข้อมูลสมมติเพื่อการสาธิต", assessor, at });
		}

		void write(JdbcTemplate jdbc) {
			jdbc.batchUpdate("""
					insert into oit_evidence_item (fiscal_year, agency_code, item_code, status, version)
					values (?, ?, ?, ?, ?)""", this.items);
			jdbc.batchUpdate(
					"""
							insert into oit_evidence_revision (fiscal_year, agency_code, item_code, urls, note, author, saved_at)
							values (?, ?, ?, cast(? as jsonb), ?, ?, ?)""",
					this.revisions);
			jdbc.batchUpdate("""
					insert into oit_review (fiscal_year, agency_code, item_code, stage, verdict, reason_code, reason,
					comment, assessor, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", this.reviews);
			jdbc.batchUpdate("""
					insert into oit_clarification (fiscal_year, agency_code, item_code, explanation, created_at,
					author, revision_id)
					select ?, ?, ?, ?, ?, 'demo', max(r.id) from oit_evidence_revision r
					where r.fiscal_year = ? and r.agency_code = ? and r.item_code = ?""",
					this.clarifications.stream()
						.map(c -> new Object[] { c[0], c[1], c[2], c[3], c[4], c[0], c[1], c[2] })
						.toList());
			jdbc.batchUpdate("""
					insert into oit_assignment (fiscal_year, assessor, agency_code) values (?, ?, ?)
					on conflict do nothing""", this.assignments);
		}

	}

}
