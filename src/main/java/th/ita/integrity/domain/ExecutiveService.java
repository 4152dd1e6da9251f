package th.ita.integrity.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.audit.AuditTrail;
import th.ita.integrity.Emblem;
import th.ita.integrity.Signer;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The agency's executive record (one per agency: the signer of every document) and its
 * emblem. Written by the agency admin or editor, audited.
 */
@Service
@Transactional
public class ExecutiveService {

	/** The emblem's size cap: larger uploads are a 413. */
	public static final int MAX_EMBLEM_BYTES = 512 * 1024;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final JdbcClient jdbc;

	private final IntegrityAccess access;

	private final AuditTrail audit;

	private final IntegrityTexts texts;

	ExecutiveService(JdbcClient jdbc, IntegrityAccess access, AuditTrail audit, IntegrityTexts texts) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.texts = texts;
	}

	@Transactional(readOnly = true)
	public Optional<Signer> find(String agencyCode) {
		return this.jdbc.sql("select * from integrity_executive where agency_code = :a")
			.param("a", agencyCode)
			.query((rs, n) -> new Signer(rs.getString("name_th"), rs.getString("position_th"), rs.getString("name_en"),
					rs.getString("position_en")))
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Signer> read(String agencyCode, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		return find(agencyCode);
	}

	public Signer save(String agencyCode, @Nullable String nameTh, @Nullable String positionTh, @Nullable String nameEn,
			@Nullable String positionEn, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Signer signer = new Signer(Inputs.required("nameTh", nameTh, 200, this.texts),
				Inputs.required("positionTh", positionTh, 300, this.texts),
				Inputs.optional("nameEn", nameEn, 200, this.texts),
				Inputs.optional("positionEn", positionEn, 300, this.texts));
		Signer before = find(agencyCode).orElse(null);
		this.jdbc.sql("""
				insert into integrity_executive (agency_code, name_th, position_th, name_en, position_en, updated_by)
				values (:a, :nt, :pt, :ne, :pe, :u)
				on conflict (agency_code) do update set name_th = excluded.name_th, position_th = excluded.position_th,
				    name_en = excluded.name_en, position_en = excluded.position_en, updated_by = excluded.updated_by,
				    updated_at = now()""")
			.param("a", agencyCode)
			.param("nt", signer.nameTh())
			.param("pt", signer.positionTh())
			.param("ne", signer.nameEn())
			.param("pe", signer.positionEn())
			.param("u", user.username())
			.update();
		this.audit.record("integrity.executive-saved", "integrity-executive", agencyCode, before, signer);
		return signer;
	}

	@Transactional(readOnly = true)
	public Optional<Emblem> emblem(String agencyCode) {
		return this.jdbc.sql("select content_type, bytes from integrity_emblem where agency_code = :a")
			.param("a", agencyCode)
			.query((rs, n) -> new Emblem(rs.getString("content_type"), rs.getBytes("bytes")))
			.optional();
	}

	/**
	 * Stores the emblem after checking its type by its first bytes (PNG or JPEG), never
	 * by the name or the declared type; over {@link #MAX_EMBLEM_BYTES} is a 413.
	 */
	public Emblem saveEmblem(String agencyCode, byte @Nullable [] bytes, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		if (bytes == null || bytes.length == 0) {
			throw new FieldException("file", this.texts.get("integrity.error.fileRequired"));
		}
		if (bytes.length > MAX_EMBLEM_BYTES) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					this.texts.get("integrity.error.emblemTooLarge", MAX_EMBLEM_BYTES / 1024));
			problem.setProperty("field", "file");
			throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
		}
		String type = imageType(bytes);
		if (type == null) {
			throw new FieldException("file", this.texts.get("integrity.error.emblemType"));
		}
		this.jdbc.sql("""
				insert into integrity_emblem (agency_code, content_type, bytes, updated_by) values (:a, :t, :b, :u)
				on conflict (agency_code) do update set content_type = excluded.content_type, bytes = excluded.bytes,
				    updated_by = excluded.updated_by, updated_at = now()""")
			.param("a", agencyCode)
			.param("t", type)
			.param("b", bytes)
			.param("u", user.username())
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("contentType", type);
		after.put("size", bytes.length);
		this.audit.record("integrity.emblem-saved", "integrity-emblem", agencyCode, null, after);
		return new Emblem(type, bytes);
	}

	/** {@code image/png}, {@code image/jpeg}, or {@code null} for anything else. */
	static @Nullable String imageType(byte[] bytes) {
		if (bytes.length >= PNG.length && Arrays.equals(Arrays.copyOf(bytes, PNG.length), PNG)) {
			return "image/png";
		}
		if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff
				&& (bytes[bytes.length - 2] & 0xff) == 0xff && (bytes[bytes.length - 1] & 0xff) == 0xd9) {
			return "image/jpeg";
		}
		return null;
	}

}
