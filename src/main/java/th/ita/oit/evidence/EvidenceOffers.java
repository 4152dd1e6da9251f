package th.ita.oit.evidence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.shared.EvidenceOffered;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Documents other modules published on an agency's public page and offered as an OIT
 * item's evidence ({@link EvidenceOffered}), kept in {@code oit_evidence_offer}: one per
 * (round, agency, item), the latest wins, a {@code null} url withdraws it. Offers for a
 * round, agency or item that does not exist are ignored (logged), never retried.
 */
@Component
class EvidenceOffers {

	/** A document offered as an item's evidence. */
	public record Offer(String url, String titleTh, @Nullable String titleEn, Instant offeredAt) {
	}

	private static final Logger log = LoggerFactory.getLogger(EvidenceOffers.class);

	private final JdbcClient jdbc;

	private final Rounds rounds;

	private final FrameworkCatalog frameworks;

	EvidenceOffers(JdbcClient jdbc, Rounds rounds, FrameworkCatalog frameworks) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.frameworks = frameworks;
	}

	/** After the publisher's transaction commits, in a transaction of its own. */
	@ApplicationModuleListener
	void on(EvidenceOffered event) {
		RoundSummary round = this.rounds.find(event.fiscalYear()).orElse(null);
		if (round == null || this.rounds.enrolment(event.fiscalYear(), event.agencyCode()).isEmpty()
				|| !isOitItem(round, event.oitItemCode())) {
			log.info("Evidence offer ignored: no round {}, enrolment of {} or OIT item {}", event.fiscalYear(),
					event.agencyCode(), event.oitItemCode());
			return;
		}
		if (event.url() == null || event.url().isBlank()) {
			this.jdbc
				.sql("delete from oit_evidence_offer where fiscal_year = :y and agency_code = :a and item_code = :i")
				.param("y", event.fiscalYear())
				.param("a", event.agencyCode())
				.param("i", event.oitItemCode())
				.update();
			return;
		}
		if (!usable(event.url())) {
			log.warn("Evidence offer ignored: {} is neither an absolute path nor an http(s) URL", event.url());
			return;
		}
		this.jdbc.sql("""
				insert into oit_evidence_offer (fiscal_year, agency_code, item_code, url, title_th, title_en)
				values (:y, :a, :i, :url, :th, :en)
				on conflict (fiscal_year, agency_code, item_code) do update set url = excluded.url,
				title_th = excluded.title_th, title_en = excluded.title_en, offered_at = now()""")
			.param("y", event.fiscalYear())
			.param("a", event.agencyCode())
			.param("i", event.oitItemCode())
			.param("url", event.url().strip())
			.param("th", title(event))
			.param("en", cut(event.titleEn()))
			.update();
	}

	/** The agency's offers in the round, by item code. */
	Map<String, Offer> all(int fiscalYear, String agencyCode) {
		Map<String, Offer> offers = new LinkedHashMap<>();
		this.jdbc.sql("select * from oit_evidence_offer where fiscal_year = :y and agency_code = :a")
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.query((rs, n) -> Map.entry(rs.getString("item_code"),
					new Offer(rs.getString("url"), rs.getString("title_th"), rs.getString("title_en"),
							rs.getTimestamp("offered_at").toInstant())))
			.list()
			.forEach(e -> offers.put(e.getKey(), e.getValue()));
		return offers;
	}

	Optional<Offer> find(int fiscalYear, String agencyCode, String itemCode) {
		return Optional.ofNullable(all(fiscalYear, agencyCode).get(itemCode));
	}

	/**
	 * The offer's URL as evidence: an absolute path is resolved against the site's base
	 * URL (e.g. {@code https://ita.example.go.th}).
	 */
	static String resolve(String url, String baseUrl) {
		if (url.startsWith("/") && !url.startsWith("//")) {
			String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
			return base + url;
		}
		return url;
	}

	private boolean isOitItem(RoundSummary round, String itemCode) {
		return this.frameworks.definition(round.framework())
			.map(d -> d.leafItems(Instrument.OIT).stream().map(Item::code).anyMatch(itemCode::equals))
			.orElse(false);
	}

	private static String title(EvidenceOffered event) {
		String th = cut(event.titleTh());
		String en = cut(event.titleEn());
		return (th != null) ? th : (en != null) ? en : event.oitItemCode();
	}

	private static boolean usable(String url) {
		String u = url.strip();
		return u.length() <= EvidenceInput.MAX_URL_LENGTH
				&& ((u.startsWith("/") && !u.startsWith("//")) || EvidenceInput.validUrl(u));
	}

	private static @Nullable String cut(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		return (t.length() > EvidenceInput.MAX_TITLE_LENGTH) ? t.substring(0, EvidenceInput.MAX_TITLE_LENGTH) : t;
	}

}
