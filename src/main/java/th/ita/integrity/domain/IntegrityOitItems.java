package th.ita.integrity.domain;

import java.util.List;

import th.ita.assessment.Rounds;
import th.ita.integrity.IntegrityDocument;
import th.ita.shared.OitItemMapping;

import org.springframework.stereotype.Component;

/**
 * The OIT items a published document answers, following the framework of the fiscal
 * year's round ({@code integrity/oit-items.properties}; the default framework,
 * {@code ITA-ESA-2567}, when there is no round yet or the framework has no lines).
 */
@Component
public class IntegrityOitItems {

	private final Rounds rounds;

	private final OitItemMapping mapping = OitItemMapping.load("integrity/oit-items.properties");

	IntegrityOitItems(Rounds rounds) {
		this.rounds = rounds;
	}

	public List<String> of(IntegrityDocument document, int fiscalYear) {
		return this.mapping.items(framework(fiscalYear), document.name());
	}

	String framework(int fiscalYear) {
		return this.rounds.find(fiscalYear).map(r -> r.framework().code()).orElse(this.mapping.defaultFramework());
	}

}
