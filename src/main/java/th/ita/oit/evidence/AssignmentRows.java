package th.ita.oit.evidence;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code oit_assignment}. */
@Repository
class AssignmentRows {

	record Row(String assessor, String agencyCode) {
	}

	private final JdbcClient jdbc;

	AssignmentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean assigned(int fiscalYear, String assessor, String agencyCode) {
		return this.jdbc.sql("""
				select exists (select 1 from oit_assignment
				where fiscal_year = :y and assessor = :u and agency_code = :a)""")
			.param("y", fiscalYear)
			.param("u", assessor)
			.param("a", agencyCode)
			.query(Boolean.class)
			.single();
	}

	List<String> agencies(int fiscalYear, String assessor) {
		return this.jdbc
			.sql("select agency_code from oit_assignment where fiscal_year = :y and assessor = :u order by agency_code")
			.param("y", fiscalYear)
			.param("u", assessor)
			.query(String.class)
			.list();
	}

	List<Row> all(int fiscalYear) {
		return this.jdbc.sql(
				"select assessor, agency_code from oit_assignment where fiscal_year = :y order by assessor, agency_code")
			.param("y", fiscalYear)
			.query((rs, n) -> new Row(rs.getString("assessor"), rs.getString("agency_code")))
			.list();
	}

	void replace(int fiscalYear, String assessor, List<String> agencies) {
		this.jdbc.sql("delete from oit_assignment where fiscal_year = :y and assessor = :u")
			.param("y", fiscalYear)
			.param("u", assessor)
			.update();
		for (String agency : agencies) {
			this.jdbc.sql("insert into oit_assignment (fiscal_year, assessor, agency_code) values (:y, :u, :a)")
				.param("y", fiscalYear)
				.param("u", assessor)
				.param("a", agency)
				.update();
		}
	}

}
