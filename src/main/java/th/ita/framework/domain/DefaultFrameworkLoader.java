package th.ita.framework.domain;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.framework.FrameworkDefinition;
import th.ita.shared.ConflictException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On start, stores the shipped default framework ({@value #RESOURCE}) unless its code and
 * version already exist. Idempotent; a stored version is never replaced from here
 * (administrators import changes as new versions).
 */
@Component
class DefaultFrameworkLoader implements ApplicationRunner {

	static final String RESOURCE = "framework/ITA-ESA-2567.yaml";

	private static final Logger log = LoggerFactory.getLogger(DefaultFrameworkLoader.class);

	private final FrameworkRows rows;

	private final FrameworkImporter importer;

	DefaultFrameworkLoader(FrameworkRows rows, FrameworkImporter importer) {
		this.rows = rows;
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		byte[] yaml;
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			yaml = in.readAllBytes();
		}
		FrameworkDefinition definition = FrameworkImporter.check(yaml);
		if (this.rows.find(definition.ref()).isPresent()) {
			return;
		}
		try {
			ImportOutcome outcome = this.importer.importYaml(yaml);
			log.info("Stored the default framework {} ({})", outcome.summary().ref(), outcome.sha256());
		}
		catch (ConflictException ex) {
			// Another node stored it at the same time.
			log.info("The default framework {} is already stored", definition.ref());
		}
	}

}
