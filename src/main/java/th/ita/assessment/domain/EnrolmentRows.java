package th.ita.assessment.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.assessment.Enrolment;
import th.ita.framework.Instrument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code assessment_enrolment}. */
@Repository
class EnrolmentRows {

	private final JdbcClient jdbc;

	EnrolmentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Enrolment> all(String programme, int fiscalYear) {
		return this.jdbc
			.sql("select * from assessment_enrolment where programme = :p and fiscal_year = :y order by agency_code")
			.param("p", programme)
			.param("y", fiscalYear)
			.query(EnrolmentRows::enrolment)
			.list();
	}

	Optional<Enrolment> find(String programme, int fiscalYear, String agencyCode) {
		return this.jdbc
			.sql("select * from assessment_enrolment where programme = :p and fiscal_year = :y and agency_code = :a")
			.param("p", programme)
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.query(EnrolmentRows::enrolment)
			.optional();
	}

	int count(String programme, int fiscalYear) {
		return this.jdbc.sql("select count(*) from assessment_enrolment where programme = :p and fiscal_year = :y")
			.param("p", programme)
			.param("y", fiscalYear)
			.query(Integer.class)
			.single();
	}

	/** Inserts or replaces the figures of one enrolment. */
	void upsert(String programme, int fiscalYear, String agencyCode, Map<Instrument, Integer> population,
			Map<Instrument, Integer> minimum) {
		this.jdbc.sql("""
				insert into assessment_enrolment
				  (programme, fiscal_year, agency_code, iit_population, eit_population, iit_minimum, eit_minimum)
				values (:p, :y, :a, :iit, :eit, :iitMin, :eitMin)
				on conflict (programme, fiscal_year, agency_code) do update set
				  iit_population = excluded.iit_population, eit_population = excluded.eit_population,
				  iit_minimum = excluded.iit_minimum, eit_minimum = excluded.eit_minimum, updated_at = now()""")
			.param("p", programme)
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.param("iit", population.get(Instrument.IIT))
			.param("eit", population.get(Instrument.EIT))
			.param("iitMin", minimum.get(Instrument.IIT))
			.param("eitMin", minimum.get(Instrument.EIT))
			.update();
	}

	private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
		Map<Instrument, Integer> population = new HashMap<>();
		population.put(Instrument.IIT, rs.getInt("iit_population"));
		population.put(Instrument.EIT, rs.getInt("eit_population"));
		Map<Instrument, Integer> minimum = new HashMap<>();
		minimum.put(Instrument.IIT, rs.getInt("iit_minimum"));
		minimum.put(Instrument.EIT, rs.getInt("eit_minimum"));
		return new Enrolment(rs.getInt("fiscal_year"), rs.getString("programme"), rs.getString("agency_code"),
				population, minimum, rs.getTimestamp("updated_at").toInstant());
	}

}
