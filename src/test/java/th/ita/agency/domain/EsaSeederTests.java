package th.ita.agency.domain;

import org.junit.jupiter.api.Test;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class EsaSeederTests {

	@Autowired
	EsaSeeder seeder;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoGivesEveryEsaTheSameRealisticStaffCountOnEveryDatabase() {
		this.seeder.fillSyntheticStaffCounts();
		assertThat(this.directory.all()).filteredOn(a -> a.code().matches("S?\\d{4}"))
			.hasSizeGreaterThanOrEqualTo(245)
			.extracting(AgencySummary::staffCount)
			.allSatisfy(staff -> assertThat(staff).isBetween(40, 180));
		// Derived from the code, not from chance: the same figure on every demo database.
		Integer expected = this.jdbc.sql("select 40 + mod(abs(hashtext('S4001')), 141)").query(Integer.class).single();
		assertThat(this.directory.find("S4001").orElseThrow().staffCount()).isEqualTo(expected);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'agency.demo-staff-counts'")
			.query(Long.class)
			.single()).isPositive();
	}

}
