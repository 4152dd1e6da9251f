package th.ita.integrity.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import th.ita.integrity.domain.Publication;

/** The JSON bodies of the integrity API. */
final class IntegrityJson {

	private IntegrityJson() {
	}

	record ExecutiveBody(@Nullable String nameTh, @Nullable String positionTh, @Nullable String nameEn,
			@Nullable String positionEn) {
	}

	record DeclarationBody(@Nullable String kind, @Nullable Integer fiscalYear, @Nullable LocalDate issuedOn,
			@Nullable Boolean thaiNumerals) {
	}

	record DeclarationUpdate(@Nullable LocalDate issuedOn, @Nullable Boolean thaiNumerals) {
	}

	record GiftBody(@Nullable LocalDate receivedOn, @Nullable String giver, @Nullable String relation,
			@Nullable String item, @Nullable BigDecimal value, @Nullable String action, @Nullable String recordedBy) {
	}

	record RiskBody(@Nullable Integer fiscalYear, @Nullable String process, @Nullable String description,
			@Nullable Integer likelihood, @Nullable Integer impact, @Nullable String existingControls,
			@Nullable String newControls, @Nullable String owner, @Nullable String followUp, @Nullable String result) {
	}

	record ComplaintBody(@Nullable Integer received, @Nullable Integer completed, @Nullable Integer inProgress) {
	}

	record PublicationView(String agencyCode, int fiscalYear, String document, String status,
			@Nullable String approvedBy, @Nullable Instant approvedAt, @Nullable String publishedBy,
			@Nullable Instant publishedAt, String publicPath, java.util.List<String> oitItemCodes) {

		static PublicationView of(Publication p) {
			return new PublicationView(p.agencyCode(), p.fiscalYear(), p.document().name(), p.status().name(),
					p.approvedBy(), p.approvedAt(), p.publishedBy(), p.publishedAt(), p.publicPath(), p.oitItemCodes());
		}

	}

}
