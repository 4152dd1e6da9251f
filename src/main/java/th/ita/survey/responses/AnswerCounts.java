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
	private static final String SEPARATOR = String.valueOf((char) 31);

	private final JdbcClient jdbc;

	AnswerCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts of one agency's instrument: parallel arrays (item, value, count). */
	record Counts(String agencyCode, int respondents, String[] items, int[] values, int[] counts) {
	}

	/**
	 * Streams the counts of every agency of a round for an instrument: its folded row and
	 * the deltas not folded yet, each as a row of its own (an agency may come several
	 * times, with negative counts from exclusions; callers add them up).
	 */
	void forRound(int fiscalYear, Instrument instrument, java.util.function.Consumer<Counts> each) {
		this.jdbc
			.sql(SELECT.formatted("survey_answer_count") + " union all "
					+ SELECT.formatted("survey_answer_count_delta"))
			.param("fiscalYear", fiscalYear)
			.param("instrument", instrument.name())
			.query((RowCallbackHandler) rs -> each.accept(counts(rs)));
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
			.query((RowCallbackHandler) rs -> each.accept(counts(rs)));
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

	/** The arrays come as text (item codes split by U+001F, numbers by spaces). */
	private static Counts counts(ResultSet rs) throws SQLException {
		String items = rs.getString(3);
		return new Counts(rs.getString(1), rs.getInt(2), items.isEmpty() ? new String[0] : items.split("\u001f"),
				ints(rs.getString(4)), ints(rs.getString(5)));
	}

	static int[] ints(String text) {
		int n = text.isEmpty() ? 0 : 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == ' ') {
				n++;
			}
		}
		int[] out = new int[n];
		int k = 0;
		int value = 0;
		boolean negative = false;
		for (int i = 0; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : ' ';
			if (c == ' ') {
				if (k < n) {
					out[k++] = negative ? -value : value;
				}
				value = 0;
				negative = false;
			}
			else if (c == '-') {
				negative = true;
			}
			else {
				value = value * 10 + (c - '0');
			}
		}
		return out;
	}

}
