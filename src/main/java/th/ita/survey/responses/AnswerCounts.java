package th.ita.survey.responses;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import th.ita.framework.Instrument;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The incremental answer counts ({@code survey_answer_count}): per round, agency and
 * instrument, the responses that count (not excluded) and how many gave each item each
 * value. Database triggers append deltas in the writing transaction (responses inserted
 * by the group-commit writer or any other INSERT or COPY, exclusions and their undo),
 * without taking a lock; {@link AnswerCountFolder} folds them into the counts about every
 * second and readers add the deltas not folded yet; {@link AnswerCountsRebuild}
 * recomputes a round from {@code survey_response} with the same SQL as the migration's
 * backfill (for bulk loads that bypass the triggers). Counts only: nothing per response.
 */
@Repository
class AnswerCounts {

	/** Splits the item codes of a row as read (U+001F, the unit separator). */
	private static final byte SEPARATOR_BYTE = 31;

	private final JdbcClient jdbc;

	AnswerCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts of one agency's instrument: parallel arrays (item, value, count). */
	record Counts(String agencyCode, int respondents, String[] items, int[] values, int[] counts) {
	}

	/**
	 * Streams the counts of the agencies of a round for an instrument in one of
	 * {@code parts} parts (by a hash of the agency code, so an agency's rows are all in
	 * one part and the parts can be read at the same time; 1 part: every agency): each
	 * agency's folded row and the deltas not folded yet, each as a row of its own (an
	 * agency may come several times, with negative counts from exclusions; callers add
	 * them up).
	 */
	void forRound(int fiscalYear, Instrument instrument, int part, int parts,
			java.util.function.Consumer<Counts> each) {
		String where = (parts > 1) ? " and abs(hashtext(agency_code) % :parts) = :part" : "";
		this.jdbc
			.sql(SELECT.formatted("survey_answer_count") + where + " union all "
					+ SELECT.formatted("survey_answer_count_delta") + where)
			.param("fiscalYear", fiscalYear)
			.param("instrument", instrument.name())
			.param("part", part)
			.param("parts", parts)
			.query(reader(each));
	}

	/** {@link #forRound} for one agency. */
	void forAgency(int fiscalYear, String agencyCode, Instrument instrument, java.util.function.Consumer<Counts> each) {
		String where = " and agency_code = :agencyCode";
		this.jdbc
			.sql(SELECT.formatted("survey_answer_count") + where + " union all "
					+ SELECT.formatted("survey_answer_count_delta") + where)
			.param("fiscalYear", fiscalYear)
			.param("instrument", instrument.name())
			.param("agencyCode", agencyCode)
			.query(reader(each));
	}

	private static final String SELECT = """
			select agency_code, respondents, array_to_string(items, chr(31)), array_to_string(vals, ' '),
			  array_to_string(counts, ' ') from %s
			where fiscal_year = :fiscalYear and instrument = :instrument""";

	/** The counted responses of an agency's instrument (folded and not yet folded). */
	long respondents(int fiscalYear, String agencyCode, Instrument instrument) {
		return this.jdbc.sql("""
				select coalesce(sum(respondents), 0) from (
				  select respondents from survey_answer_count
				  where fiscal_year = :fiscalYear and agency_code = :agencyCode and instrument = :instrument
				  union all
				  select respondents from survey_answer_count_delta
				  where fiscal_year = :fiscalYear and agency_code = :agencyCode and instrument = :instrument) c""")
			.param("fiscalYear", fiscalYear)
			.param("agencyCode", agencyCode)
			.param("instrument", instrument.name())
			.query(Long.class)
			.single();
	}

	/**
	 * Folds the committed deltas into the counts (one folder at a time).
	 * @return how many (round, agency, instrument) rows changed
	 */
	int fold() {
		return this.jdbc.sql("select survey_answer_count_fold()").query(Integer.class).single();
	}

	/**
	 * Recomputes the counts of a round from its responses minus exclusions (IIT and EIT
	 * at the same time, each in its own transaction).
	 */
	void rebuild(int fiscalYear) {
		CompletableFuture<Void> eit = CompletableFuture.runAsync(() -> rebuild(fiscalYear, Instrument.EIT));
		rebuild(fiscalYear, Instrument.IIT);
		try {
			eit.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private void rebuild(int fiscalYear, Instrument instrument) {
		this.jdbc.sql("select survey_answer_count_rebuild(:fiscalYear, :instrument)")
			.param("fiscalYear", fiscalYear)
			.param("instrument", instrument.name())
			.query((RowCallbackHandler) rs -> {
			});
	}

	/** Reads rows into {@code each}, with one dictionary of item codes per read. */
	private static RowCallbackHandler reader(java.util.function.Consumer<Counts> each) {
		ItemCodes codes = new ItemCodes();
		return rs -> each.accept(counts(rs, codes));
	}

	/**
	 * The arrays come as text (item codes split by U+001F, numbers by spaces), parsed
	 * from the driver's bytes without decoding them into strings first.
	 */
	private static Counts counts(ResultSet rs, ItemCodes codes) throws SQLException {
		return new Counts(rs.getString(1), rs.getInt(2), codes.split(rs.getBytes(3)), ints(rs.getBytes(4)),
				ints(rs.getBytes(5)));
	}

	/**
	 * Whole numbers split by single spaces, as {@code array_to_string(ints, ' ')} prints
	 * them.
	 */
	static int[] ints(byte[] text) {
		int n = (text.length == 0) ? 0 : 1;
		for (byte b : text) {
			if (b == ' ') {
				n++;
			}
		}
		int[] out = new int[n];
		int k = 0;
		int value = 0;
		boolean negative = false;
		for (byte b : text) {
			if (b == ' ') {
				out[k++] = negative ? -value : value;
				value = 0;
				negative = false;
			}
			else if (b == '-') {
				negative = true;
			}
			else {
				value = value * 10 + (b - '0');
			}
		}
		if (n > 0) {
			out[k] = negative ? -value : value;
		}
		return out;
	}

	/**
	 * The item codes of one read, each decoded once: a round read is 60,000 rows of up to
	 * two hundred codes from the same few hundred, and a new string per code and row
	 * (split, decoded, then hashed again by every lookup) was most of its Java work. A
	 * code's bytes find its one string in an open-addressing table.
	 */
	static final class ItemCodes {

		private static final String[] NONE = new String[0];

		private byte[][] keys = new byte[256][];

		private String[] codes = new String[256];

		private int size;

		/** The codes of a row's {@code array_to_string(items, chr(31))} in UTF-8. */
		String[] split(byte[] text) {
			if (text.length == 0) {
				return NONE;
			}
			int n = 1;
			for (byte b : text) {
				if (b == SEPARATOR_BYTE) {
					n++;
				}
			}
			String[] out = new String[n];
			int k = 0;
			int from = 0;
			for (int i = 0; i <= text.length; i++) {
				if (i == text.length || text[i] == SEPARATOR_BYTE) {
					out[k++] = code(text, from, i);
					from = i + 1;
				}
			}
			return out;
		}

		/** How many different codes were met. */
		int size() {
			return this.size;
		}

		private String code(byte[] text, int from, int to) {
			int mask = this.keys.length - 1;
			int slot = hash(text, from, to) & mask;
			while (this.keys[slot] != null) {
				byte[] key = this.keys[slot];
				if (java.util.Arrays.equals(key, 0, key.length, text, from, to)) {
					return this.codes[slot];
				}
				slot = (slot + 1) & mask;
			}
			String code = new String(text, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
			this.keys[slot] = java.util.Arrays.copyOfRange(text, from, to);
			this.codes[slot] = code;
			if (++this.size * 2 > this.keys.length) {
				grow();
			}
			return code;
		}

		private static int hash(byte[] text, int from, int to) {
			int hash = 1;
			for (int i = from; i < to; i++) {
				hash = 31 * hash + text[i];
			}
			return hash ^ (hash >>> 16);
		}

		private void grow() {
			byte[][] oldKeys = this.keys;
			String[] oldCodes = this.codes;
			this.keys = new byte[oldKeys.length * 2][];
			this.codes = new String[oldKeys.length * 2];
			this.size = 0;
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldKeys[i] != null) {
					byte[] key = oldKeys[i];
					int mask = this.keys.length - 1;
					int slot = hash(key, 0, key.length) & mask;
					while (this.keys[slot] != null) {
						slot = (slot + 1) & mask;
					}
					this.keys[slot] = key;
					this.codes[slot] = oldCodes[i];
					this.size++;
				}
			}
		}

	}

}
