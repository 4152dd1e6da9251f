package th.ita.scoring.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the results imported from before the system. The assessment module owns
 * {@code assessment_history} but exposes no root API for it yet; this read-only query is
 * the one place scoring touches another module's table, to be replaced by an assessment
 * API call once one exists.
 */
@Repository
class ImportedHistory {

	private final JdbcClient jdbc;

	ImportedHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Year> of(String agencyCode) {
		return this.jdbc.sql("select * from assessment_history where agency_code = :a order by fiscal_year")
			.param("a", agencyCode)
			.query((rs, n) -> {
				List<@Nullable BigDecimal> indicators = new ArrayList<>();
				for (int i = 1; i <= 10; i++) {
					indicators.add(rs.getBigDecimal("i" + i));
				}
				return new Year(rs.getInt("fiscal_year"), rs.getBigDecimal("ita_score"), indicators);
			})
			.list();
	}

	/** One imported year: ITA and indicators 1-10 ({@code null} where unknown). */
	record Year(int fiscalYear, BigDecimal ita, List<@Nullable BigDecimal> indicators) {
	}

}
