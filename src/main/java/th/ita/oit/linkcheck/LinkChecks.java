package th.ita.oit.linkcheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code oit_link_check} table. */
@Repository
class LinkChecks {

	private static final String COLUMNS = """
			id, url, checked_at, outcome, http_status, final_url, content_type, size_bytes, sha256, redirects,
			changed, error_detail""";

	private final JdbcClient jdbc;

	LinkChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a check, flagging it changed if its hash differs from the last OK one. */
	@Transactional
	StoredLinkCheck save(LinkCheckResult result) {
		boolean changed = false;
		if (result.outcome() == LinkCheckOutcome.OK) {
			Optional<String> previous = this.jdbc.sql("""
					select sha256 from oit_link_check
					where md5(url) = md5(:url) and url = :url and outcome = 'OK'
					order by id desc limit 1""").param("url", result.url()).query(String.class).optional();
			changed = previous.isPresent() && !Objects.equals(previous.get(), result.sha256());
		}
		long id = this.jdbc.sql("""
				insert into oit_link_check (url, checked_at, outcome, http_status, final_url, content_type,
				                            size_bytes, sha256, redirects, changed, error_detail)
				values (:url, :at, :outcome, :status, :finalUrl, :type, :size, :sha, :redirects, :changed, :detail)
				returning id""")
			.param("url", result.url())
			.param("at", Timestamp.from(result.checkedAt()))
			.param("outcome", result.outcome().name())
			.param("status", result.httpStatus())
			.param("finalUrl", result.finalUrl())
			.param("type", result.contentType())
			.param("size", result.sizeBytes())
			.param("sha", result.sha256())
			.param("redirects", result.redirects())
			.param("changed", changed)
			.param("detail", result.detail())
			.query(Long.class)
			.single();
		return new StoredLinkCheck(id, result, changed);
	}

	/** The URL's checks, newest first, at most {@code limit}. */
	List<StoredLinkCheck> history(String url, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from oit_link_check where md5(url) = md5(:url) and url = :url
				order by id desc limit :limit""").param("url", url).param("limit", limit).query(LinkChecks::row).list();
	}

	private static StoredLinkCheck row(ResultSet rs, int rowNum) throws SQLException {
		LinkCheckResult result = new LinkCheckResult(rs.getString("url"), rs.getTimestamp("checked_at").toInstant(),
				LinkCheckOutcome.valueOf(rs.getString("outcome")), rs.getObject("http_status", Integer.class),
				rs.getString("final_url"), rs.getString("content_type"), rs.getObject("size_bytes", Long.class),
				rs.getString("sha256"), rs.getInt("redirects"), rs.getString("error_detail"));
		return new StoredLinkCheck(rs.getLong("id"), result, rs.getBoolean("changed"));
	}

}
