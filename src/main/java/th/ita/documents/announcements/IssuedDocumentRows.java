package th.ita.documents.announcements;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code documents_issued}. */
@Repository
class IssuedDocumentRows {

	private static final String COLUMNS = "id, document_type, agency_code, fiscal_year, language, approved_by, "
			+ "approved_at, sha256, size_bytes, issued_by, issued_at";

	private final JdbcClient jdbc;

	IssuedDocumentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored PDF of one approval. */
	Optional<byte[]> pdf(String type, String agency, int year, String language, Instant approvedAt) {
		return this.jdbc
			.sql("select pdf from documents_issued where document_type = :t and agency_code = :a "
					+ "and fiscal_year = :y and language = :l and approved_at = :at")
			.param("t", type)
			.param("a", agency)
			.param("y", year)
			.param("l", language)
			.param("at", Timestamp.from(approvedAt))
			.query(byte[].class)
			.optional();
	}

	/** Stores a PDF unless one exists for the approval; true when this call stored it. */
	boolean insert(String type, String agency, int year, String language, String approvedBy, Instant approvedAt,
			String sha256, byte[] pdf, String issuedBy) {
		return this.jdbc.sql("""
				insert into documents_issued (document_type, agency_code, fiscal_year, language, approved_by,
				  approved_at, sha256, size_bytes, pdf, issued_by)
				values (:t, :a, :y, :l, :by, :at, :sha, :size, :pdf, :issuer)
				on conflict on constraint documents_issued_once do nothing""")
			.param("t", type)
			.param("a", agency)
			.param("y", year)
			.param("l", language)
			.param("by", approvedBy)
			.param("at", Timestamp.from(approvedAt))
			.param("sha", sha256)
			.param("size", pdf.length)
			.param("pdf", pdf)
			.param("issuer", issuedBy)
			.update() == 1;
	}

	List<IssuedDocument> list(String agency, int year) {
		return this.jdbc
			.sql("select " + COLUMNS + " from documents_issued where agency_code = :a and fiscal_year = :y "
					+ "order by document_type, language, approved_at")
			.param("a", agency)
			.param("y", year)
			.query((rs, n) -> new IssuedDocument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getInt(9),
					rs.getString(10), rs.getTimestamp(11).toInstant()))
			.list();
	}

}
