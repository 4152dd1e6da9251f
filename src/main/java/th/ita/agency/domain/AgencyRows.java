package th.ita.agency.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.agency.AgencySummary;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code agency_agency}. Thai text sorts with the ICU Thai collation;
 * search is ILIKE with escaped wildcards, served by trigram GIN indexes.
 */
@Repository
class AgencyRows {

	private static final String COLUMNS = """
			code, name_th, short_name_th, name_en, type, province_th, region, parent_code, staff_count,
			created_at, updated_at""";

	private static final String THAI_ORDER = " order by name_th collate \"th-TH-x-icu\", code";

	private final JdbcClient jdbc;

	AgencyRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return this.jdbc.sql("select count(*) from agency_agency").query(Long.class).single();
	}

	/**
	 * Demo only: gives every agency without a staff count a synthetic one of 40-180,
	 * derived from its code so every demo database gets the same figures.
	 * @return how many agencies were given one
	 */
	int fillSyntheticStaffCounts() {
		return this.jdbc.sql("""
				update agency_agency set staff_count = 40 + mod(abs(hashtext(code)), 141), updated_at = now()
				where staff_count is null""").update();
	}

	boolean exists(String code) {
		return this.jdbc.sql("select exists (select 1 from agency_agency where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	Optional<Agency> find(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from agency_agency where code = :code")
			.param("code", code)
			.query(AgencyRows::agency)
			.optional();
	}

	Map<String, Agency> findAll(Collection<String> codes) {
		Map<String, Agency> found = new HashMap<>();
		if (codes.isEmpty()) {
			return found;
		}
		this.jdbc.sql("select " + COLUMNS + " from agency_agency where code = any(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query(AgencyRows::agency)
			.list()
			.forEach(a -> found.put(a.code(), a));
		return found;
	}

	List<Agency> all() {
		return this.jdbc.sql("select " + COLUMNS + " from agency_agency" + THAI_ORDER).query(AgencyRows::agency).list();
	}

	AgencyPage search(AgencyQuery query) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, params);
		long total = this.jdbc.sql("select count(*) from agency_agency" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Agency> items = this.jdbc
			.sql("select " + COLUMNS + " from agency_agency" + where + THAI_ORDER + " limit :limit offset :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(AgencyRows::agency)
			.list();
		return new AgencyPage(items, query.page(), query.size(), total);
	}

	/** Every matching agency (no paging), for export. */
	List<Agency> searchAll(AgencyQuery query) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc.sql("select " + COLUMNS + " from agency_agency" + where(query, params) + THAI_ORDER)
			.params(params)
			.query(AgencyRows::agency)
			.list();
	}

	List<String> provinces() {
		return this.jdbc.sql("""
				select province_th from agency_agency group by province_th
				order by province_th collate "th-TH-x-icu"
				""").query(String.class).list();
	}

	void insert(AgencySummary a) {
		this.jdbc.sql("""
				insert into agency_agency (code, name_th, short_name_th, name_en, type, province_th, region,
				                           parent_code, staff_count)
				values (:code, :nameTh, :shortTh, :nameEn, :type, :province, :region, :parent, :staff)
				""").params(params(a)).update();
	}

	void update(AgencySummary a) {
		this.jdbc.sql("""
				update agency_agency set name_th = :nameTh, short_name_th = :shortTh, name_en = :nameEn,
				       type = :type, province_th = :province, region = :region, parent_code = :parent,
				       staff_count = :staff, updated_at = now()
				where code = :code
				""").params(params(a)).update();
	}

	private static Map<String, Object> params(AgencySummary a) {
		Map<String, Object> p = new HashMap<>();
		p.put("code", a.code());
		p.put("nameTh", a.nameTh());
		p.put("shortTh", a.shortNameTh());
		p.put("nameEn", a.nameEn());
		p.put("type", a.type().name());
		p.put("province", a.province());
		p.put("region", a.region().name());
		p.put("parent", a.parentCode());
		p.put("staff", a.staffCount());
		return p;
	}

	private static String where(AgencyQuery query, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (query.q() != null) {
			conditions.add("(code ilike :pattern escape '\\' or name_th ilike :pattern escape '\\'"
					+ " or short_name_th ilike :pattern escape '\\' or name_en ilike :pattern escape '\\')");
			params.put("pattern", "%" + escapeLike(query.q()) + "%");
		}
		if (query.type() != null) {
			conditions.add("type = :type");
			params.put("type", query.type().name());
		}
		if (query.region() != null) {
			conditions.add("region = :region");
			params.put("region", query.region().name());
		}
		if (query.province() != null) {
			conditions.add("province_th = :province");
			params.put("province", query.province());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Agency agency(ResultSet rs, int row) throws SQLException {
		Integer staff = rs.getObject("staff_count", Integer.class);
		return new Agency(rs.getString("code"), rs.getString("name_th"), rs.getString("short_name_th"),
				rs.getString("name_en"), AgencyType.valueOf(rs.getString("type")), rs.getString("province_th"),
				Region.valueOf(rs.getString("region")), rs.getString("parent_code"), staff,
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
