package th.ita.framework.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkRef;
import th.ita.framework.FrameworkSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code framework_version} table. */
@Repository
class FrameworkRows {

	private static final String SUMMARY = "select code, version, programme, fiscal_year, name_th, name_en, pinned, "
			+ "imported_at, content_sha256 from framework_version ";

	private final JdbcClient jdbc;

	FrameworkRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored version's header and content hash. */
	record Stored(FrameworkSummary summary, String sha256) {
	}

	List<Stored> all() {
		return this.jdbc.sql(SUMMARY + "order by fiscal_year desc, code, version desc")
			.query(FrameworkRows::stored)
			.list();
	}

	Optional<Stored> find(FrameworkRef ref) {
		return this.jdbc.sql(SUMMARY + "where code = ? and version = ?")
			.params(ref.code(), ref.version())
			.query(FrameworkRows::stored)
			.optional();
	}

	/** Locks the row of a version for the rest of the transaction, if it exists. */
	Optional<Stored> lock(FrameworkRef ref) {
		return this.jdbc.sql(SUMMARY + "where code = ? and version = ? for update")
			.params(ref.code(), ref.version())
			.query(FrameworkRows::stored)
			.optional();
	}

	Optional<Integer> latestVersion(String code) {
		return this.jdbc.sql("select max(version) from framework_version where code = ?")
			.param(code)
			.query(Integer.class)
			.optional();
	}

	Optional<String> json(FrameworkRef ref) {
		return this.jdbc.sql("select definition::text from framework_version where code = ? and version = ?")
			.params(ref.code(), ref.version())
			.query(String.class)
			.optional();
	}

	void insert(FrameworkDefinition d, String sha256, String json) {
		this.jdbc
			.sql("insert into framework_version (code, version, programme, fiscal_year, name_th, name_en, "
					+ "content_sha256, definition) values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))")
			.params(d.code(), d.version(), d.programme(), d.fiscalYear(), d.nameTh(), d.nameEn(), sha256, json)
			.update();
	}

	void replace(FrameworkDefinition d, String sha256, String json) {
		this.jdbc
			.sql("update framework_version set programme = ?, fiscal_year = ?, name_th = ?, name_en = ?, "
					+ "content_sha256 = ?, definition = cast(? as jsonb), imported_at = now() "
					+ "where code = ? and version = ? and not pinned")
			.params(d.programme(), d.fiscalYear(), d.nameTh(), d.nameEn(), sha256, json, d.code(), d.version())
			.update();
	}

	/** Pins a version; true when it was not pinned before. */
	boolean pin(FrameworkRef ref) {
		return this.jdbc.sql("update framework_version set pinned = true where code = ? and version = ? and not pinned")
			.params(ref.code(), ref.version())
			.update() > 0;
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		Timestamp at = rs.getTimestamp("imported_at");
		FrameworkSummary summary = new FrameworkSummary(new FrameworkRef(rs.getString("code"), rs.getInt("version")),
				rs.getString("programme"), rs.getInt("fiscal_year"), rs.getString("name_th"), rs.getString("name_en"),
				rs.getBoolean("pinned"), at.toInstant());
		return new Stored(summary, rs.getString("content_sha256"));
	}

}
