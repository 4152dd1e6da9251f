package th.ita.scoring.load;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import th.ita.framework.AnswerScale;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.framework.RespondentGroup;

/**
 * Seeded synthetic data of one national round, bulk-loaded with {@code COPY}: agencies,
 * the round and its enrolments, IIT and EIT responses (answers drawn around an agency
 * quality) and one OIT verdict per OIT item and agency. Writes the other modules' tables
 * directly: it is a benchmark fixture, not application code. The responses are copied
 * without the survey module's counting triggers; the caller rebuilds the answer counts.
 */
final class SyntheticRound {

	static final String[] TYPES = { "PRIMARY_ESA", "SECONDARY_ESA", "CENTRAL", "SCHOOL", "OTHER" };

	static final String[] REGIONS = { "NORTH", "NORTHEAST", "CENTRAL", "EAST", "WEST", "SOUTH" };

	static final String[] PROVINCES = { "ขอนแก่น", "เชียงใหม่", "กรุงเทพมหานคร", "ชลบุรี", "กาญจนบุรี", "สงขลา",
			"นครราชสีมา", "อุดรธานี", "พิษณุโลก", "สุราษฎร์ธานี" };

	private final String url;

	private final int year;

	private final int agencies;

	private final int responses;

	private final FrameworkDefinition framework;

	SyntheticRound(String url, int year, int agencies, int responses, FrameworkDefinition framework) {
		this.url = url;
		this.year = year;
		this.agencies = agencies;
		this.responses = responses;
		this.framework = framework;
	}

	static String code(int i) {
		return String.format("B%05d", i);
	}

	void load() throws Exception {
		try (Connection c = connect(); Statement st = c.createStatement()) {
			st.execute("insert into assessment_round (programme, fiscal_year, framework_code, framework_version,"
					+ " synthetic) values ('OBEC-ESA', " + this.year + ", '" + this.framework.code() + "', "
					+ this.framework.version() + ", true)");
			StringBuilder agencyRows = new StringBuilder();
			StringBuilder enrolRows = new StringBuilder();
			Random random = new Random(6);
			for (int i = 0; i < this.agencies; i++) {
				String type = TYPES[random.nextInt(TYPES.length)];
				agencyRows.append(code(i))
					.append("\tหน่วยงานทดสอบที่ ")
					.append(i)
					.append("\tSynthetic agency ")
					.append(i)
					.append('\t')
					.append(type)
					.append('\t')
					.append(PROVINCES[i % PROVINCES.length])
					.append('\t')
					.append(REGIONS[random.nextInt(REGIONS.length)])
					.append('\n');
				enrolRows.append("OBEC-ESA\t")
					.append(this.year)
					.append('\t')
					.append(code(i))
					.append("\t80\t200\t25\t30\n");
			}
			copy(c, "copy agency_agency (code, name_th, name_en, type, province_th, region) from stdin", agencyRows);
			copy(c, "copy assessment_enrolment (programme, fiscal_year, agency_code, iit_population, eit_population,"
					+ " iit_minimum, eit_minimum) from stdin", enrolRows);
		}
		loadResponses();
		loadOit();
		try (Connection c = connect(); Statement st = c.createStatement()) {
			st.execute("vacuum analyze");
		}
	}

	private void loadResponses() throws Exception {
		int threads = 2;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> jobs = new ArrayList<>();
		int per = (this.agencies + threads - 1) / threads;
		for (int t = 0; t < threads; t++) {
			int from = t * per;
			int to = Math.min(this.agencies, from + per);
			jobs.add(pool.submit(() -> {
				responses(from, to);
				return null;
			}));
		}
		for (Future<?> job : jobs) {
			job.get();
		}
		pool.shutdown();
	}

	private void responses(int from, int to) throws Exception {
		int perAgency = this.responses / this.agencies;
		int iitPerAgency = perAgency * 3 / 5;
		List<Item> iit = this.framework.leafItems(Instrument.IIT);
		List<Item> eit = this.framework.leafItems(Instrument.EIT);
		List<RespondentGroup> iitGroups = this.framework.respondentGroups(Instrument.IIT);
		List<RespondentGroup> eitGroups = this.framework.respondentGroups(Instrument.EIT);
		try (Connection c = connect(); Statement st = c.createStatement()) {
			// no triggers: the answer counts are rebuilt in one pass afterwards (timed
			// apart)
			st.execute("set session_replication_role = replica");
			StringBuilder rows = new StringBuilder();
			for (int a = from; a < to; a++) {
				Random random = new Random(this.year * 100_000L + a);
				double quality = 0.55 + 0.45 * random.nextDouble();
				for (int r = 0; r < perAgency; r++) {
					boolean isIit = r < iitPerAgency;
					List<RespondentGroup> groups = isIit ? iitGroups : eitGroups;
					rows.append(new UUID(random.nextLong(), random.nextLong()))
						.append('\t')
						.append(this.year)
						.append('\t')
						.append(code(a))
						.append(isIit ? "\tIIT\t" : "\tEIT\t")
						.append(groups.get(random.nextInt(groups.size())).code())
						.append('\t')
						.append(answers(isIit ? iit : eit, random, quality))
						.append("\t2026-06-01\n");
				}
				if (rows.length() > 8_000_000) {
					copyResponses(c, rows);
				}
			}
			copyResponses(c, rows);
		}
	}

	private void copyResponses(Connection c, StringBuilder rows) throws Exception {
		copy(c, "copy survey_response (id, fiscal_year, agency_code, instrument, respondent_group, answers,"
				+ " submitted_on) from stdin", rows);
		rows.setLength(0);
	}

	private String answers(List<Item> items, Random random, double quality) {
		StringBuilder out = new StringBuilder("{");
		for (Item item : items) {
			AnswerScale scale = this.framework.scale(item.scale()).orElseThrow();
			int n = scale.options().size();
			int index = (random.nextDouble() < quality) ? n - 1 - random.nextInt(Math.min(2, n)) : random.nextInt(n);
			out.append(out.length() > 1 ? "," : "")
				.append('"')
				.append(item.code())
				.append("\":")
				.append(scale.options().get(Math.max(0, Math.min(n - 1, index))).value());
		}
		return out.append('}').toString();
	}

	private void loadOit() throws Exception {
		List<Item> items = this.framework.leafItems(Instrument.OIT);
		try (Connection c = connect()) {
			StringBuilder evidence = new StringBuilder();
			StringBuilder reviews = new StringBuilder();
			for (int a = 0; a < this.agencies; a++) {
				Random random = new Random(this.year * 7_000_000L + a);
				for (Item item : items) {
					boolean pass = random.nextInt(100) < 90;
					evidence.append(this.year)
						.append('\t')
						.append(code(a))
						.append('\t')
						.append(item.code())
						.append(pass ? "\tPASSED\n" : "\tFAILED\n");
					reviews.append(this.year)
						.append('\t')
						.append(code(a))
						.append('\t')
						.append(item.code())
						.append(pass ? "\tFIRST_REVIEW\tPASS\tbench\n" : "\tFIRST_REVIEW\tFAIL\tbench\n");
				}
				if (evidence.length() > 8_000_000) {
					copyOit(c, evidence, reviews);
				}
			}
			copyOit(c, evidence, reviews);
		}
	}

	private static void copyOit(Connection c, StringBuilder evidence, StringBuilder reviews) throws Exception {
		copy(c, "copy oit_evidence_item (fiscal_year, agency_code, item_code, status) from stdin", evidence);
		copy(c, "copy oit_review (fiscal_year, agency_code, item_code, stage, verdict, assessor) from stdin", reviews);
		evidence.setLength(0);
		reviews.setLength(0);
	}

	private static void copy(Connection c, String sql, StringBuilder rows) throws Exception {
		if (rows.isEmpty()) {
			return;
		}
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		copy.copyIn(sql, new StringReader(rows.toString()));
	}

	private Connection connect() throws Exception {
		return DriverManager.getConnection(this.url, "postgres", "postgres");
	}

}
