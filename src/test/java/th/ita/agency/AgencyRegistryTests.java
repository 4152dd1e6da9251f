package th.ita.agency;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry on the real PostgreSQL: shipped data, Thai order, Thai search. */
class AgencyRegistryTests extends AgencyTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void the245ShippedEsasAreLoadedOnStart() throws Exception {
		List<String> codes;
		try (InputStream in = new ClassPathResource("agency/esa-245.csv").getInputStream()) {
			codes = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.skip(1)
				.map(l -> l.substring(0, l.indexOf(',')))
				.toList();
		}
		assertThat(codes).hasSize(245).doesNotHaveDuplicates();
		Map<String, AgencySummary> all = this.directory.all()
			.stream()
			.collect(Collectors.toMap(AgencySummary::code, Function.identity()));
		assertThat(all).containsKeys(codes.toArray(String[]::new));
		Map<AgencyType, Long> byType = codes.stream()
			.map(all::get)
			.collect(Collectors.groupingBy(AgencySummary::type, Collectors.counting()));
		assertThat(byType).containsOnly(Map.entry(AgencyType.PRIMARY_ESA, 183L),
				Map.entry(AgencyType.SECONDARY_ESA, 62L));
		AgencySummary khonKaen = this.directory.find("S4001").orElseThrow();
		assertThat(khonKaen.shortNameTh()).isEqualTo("สพม.ขอนแก่น");
		assertThat(khonKaen.region()).isEqualTo(Region.NORTHEAST);
		assertThat(khonKaen.province()).isEqualTo("ขอนแก่น");
		assertThat(this.directory.exists("1001")).isTrue();
		assertThat(this.directory.exists("NO-SUCH")).isFalse();
		assertThat(this.directory.find("NO-SUCH")).isEmpty();
	}

	@Test
	void thaiNamesSortInDictionaryOrder() throws Exception {
		String province = "ทดสอบเรียง" + uniqueCode();
		List<String> expected = List.of("กา", "ไก่", "ข้าว", "เขา", "คน", "แม่");
		List<String> shuffled = List.of("แม่", "เขา", "กา", "คน", "ข้าว", "ไก่");
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (String name : shuffled) {
			csv.append(uniqueCode()).append(',').append(name).append(",,,OTHER,").append(province).append(",EAST,,\n");
		}
		importAsAdmin(csv.toString()).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/agencies").param("province", province))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(6))
			.andExpect(jsonPath("$.items[*].nameTh").value(org.hamcrest.Matchers.contains(expected.toArray())));
		List<String> viaDirectory = this.directory.all()
			.stream()
			.filter(a -> a.province().equals(province))
			.map(AgencySummary::nameTh)
			.toList();
		assertThat(viaDirectory).containsExactlyElementsOf(expected);
	}

	@Test
	void thaiSearchFindsAWordInsideAPhrase() throws Exception {
		String code = uniqueCode();
		importAsAdmin(csv(row(code, "ความโปร่งใสในการดำเนินงาน"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/agencies").param("q", "โปร่งใส").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.code == '" + code + "')].nameTh").value("ความโปร่งใสในการดำเนินงาน"));
		// and by English name, case-insensitively, and by code
		this.mvc.perform(get("/api/v1/agencies").param("q", "TEST AGENCY " + code.toLowerCase()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].code").value(code));
		this.mvc.perform(get("/api/v1/agencies").param("q", code.substring(2, 9)))
			.andExpect(jsonPath("$.items[0].code").value(code));
	}

	@Test
	void searchingAProvinceFindsItsPrimaryAndSecondaryAreas() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").param("q", "ขอนแก่น").param("type", "PRIMARY_ESA"))
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.items[*].code")
				.value(org.hamcrest.Matchers.contains("4001", "4002", "4003", "4004", "4005")));
		this.mvc.perform(get("/api/v1/agencies").param("q", "ขอนแก่น").param("size", "200"))
			.andExpect(jsonPath("$.items[*].code")
				.value(org.hamcrest.Matchers.hasItems("S4001", "4001", "4002", "4003", "4004", "4005")));
		// wildcards in the query are literal
		this.mvc.perform(get("/api/v1/agencies").param("q", "%")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void searchUsesTrigramIndexesOfPgTrgm() {
		assertThat(
				this.jdbc.sql("select count(*) from pg_extension where extname = 'pg_trgm'").query(Long.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select indexname from pg_indexes where tablename = 'agency_agency'")
			.query(String.class)
			.list()).contains("agency_agency_name_th_trgm", "agency_agency_short_name_th_trgm",
					"agency_agency_name_en_trgm", "agency_agency_code_trgm");
	}

}
