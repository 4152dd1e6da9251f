package th.ita.agency.domain;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.audit.AuditTrail;
import th.ita.shared.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start, when the registry is empty, loads the 245 OBEC Educational Service Area
 * offices shipped in {@code agency/esa-245.csv}. Idempotent: the import upserts by code
 * and nothing happens once any agency exists.
 */
@Component
class EsaSeeder implements ApplicationRunner {

	static final String RESOURCE = "agency/esa-245.csv";

	private static final Logger log = LoggerFactory.getLogger(EsaSeeder.class);

	private final AgencyRows rows;

	private final AgencyImporter importer;

	private final DemoMode demo;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	EsaSeeder(AgencyRows rows, AgencyImporter importer, DemoMode demo, AuditTrail audit, TransactionTemplate tx) {
		this.rows = rows;
		this.importer = importer;
		this.demo = demo;
		this.audit = audit;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (this.rows.count() > 0) {
			return;
		}
		byte[] csv;
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			csv = in.readAllBytes();
		}
		ImportResult result = this.importer.importCsv(csv);
		if (!result.ok()) {
			throw new IllegalStateException("The shipped " + RESOURCE + " does not import: " + result.errors());
		}
		log.info("Agency registry was empty: loaded {} Educational Service Area offices", result.created());
		if (this.demo.enabled()) {
			fillSyntheticStaffCounts();
		}
	}

	/** The shipped list has no staff counts; the demo gives each ESA a realistic one. */
	void fillSyntheticStaffCounts() {
		this.tx.executeWithoutResult(status -> {
			int filled = this.rows.fillSyntheticStaffCounts();
			if (filled > 0) {
				this.audit.record("agency.demo-staff-counts", "agency", "*", null,
						java.util.Map.of("agencies", filled, "synthetic", true, "range", "40-180"));
				log.info("Demo: gave {} agencies a synthetic staff count (40-180)", filled);
			}
		});
	}

}
