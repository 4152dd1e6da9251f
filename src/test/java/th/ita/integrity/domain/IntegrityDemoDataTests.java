package th.ita.integrity.domain;

import org.junit.jupiter.api.Test;
import th.ita.agency.AgencyDirectory;
import th.ita.integrity.IntegrityDocument;
import th.ita.shared.DemoMode;
import th.ita.web.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo loader with demo mode on: S1001 gets its executive, the three 2568
 * announcements, registers and published reports; a second run changes nothing.
 */
class IntegrityDemoDataTests extends WebIntegrationTest {

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	ExecutiveService executives;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PublicationService publications;

	@Autowired
	GiftService gifts;

	@Autowired
	RiskService risks;

	@Autowired
	ComplaintService complaints;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsOnceAndPublishes() {
		IntegrityDemoData demo = new IntegrityDemoData(
				new DemoMode(new MockEnvironment().withProperty("ita.demo", "true")), this.agencies, this.executives,
				this.declarations, this.publications, this.gifts, this.risks, this.complaints, this.transactions);
		demo.onReady();
		demo.onReady();
		assertThat(this.executives.find("S1001")).hasValueSatisfying(s -> assertThat(s.nameTh()).contains("วิไลวรรณ"));
		assertThat(this.declarations.announcements("S1001", 2568)).hasSize(3)
			.allSatisfy(a -> assertThat(a.status()).isEqualTo("PUBLISHED"));
		assertThat(this.publications.all("S1001", 2568)).allSatisfy(p -> assertThat(p.published()).isTrue());
		assertThat(this.gifts.summary("S1001", 2568).year().count()).isEqualTo(4);
		assertThat(this.risks.list("S1001", 2568)).hasSize(3);
		assertThat(this.complaints.stats("S1001", 2568).received()).isEqualTo(7);
		assertThat(http().get(IntegrityDocument.GIFT_REPORT.publicPath("S1001", 2568)).statusCode()).isEqualTo(200);
		assertThat(http().get(IntegrityDocument.INTEGRITY_POLICY.publicPath("S1001", 2568)).body())
			.contains("(นางวิไลวรรณ ทดลองใช้)");
	}

}
