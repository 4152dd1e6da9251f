package th.ita.integrity;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every register is frozen once its yearly document is approved or published: adding,
 * changing or deleting an entry is a 409 problem naming {@code status} and the document's
 * {@code state}; the agency admin withdraws the document (audited) to reopen it.
 */
class IntegrityFreezeTests extends IntegrityTestSupport {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	ResultActions deleteJson(String path, Authentication user) throws Exception {
		return this.mvc.perform(delete(path).accept("application/json").with(authentication(user)));
	}

	long insertGift(int year, String date) {
		return this.jdbc
			.sql("""
					insert into integrity_gift (agency_code, fiscal_year, received_on, giver, relation, item, value,
					    action, recorded_by, created_by)
					values ('S4001', :y, cast(:d as date), 'ผู้ให้', 'ผู้ปกครอง', 'ของขวัญ', 100, 'REFUSED', 'เจ้าหน้าที่', 'test')
					returning id""")
			.param("y", year)
			.param("d", date)
			.query(Long.class)
			.single();
	}

	static String gift(String date) {
		return "{\"receivedOn\":\"" + date + "\",\"giver\":\"ผู้ให้\",\"relation\":\"ผู้รับจ้าง\",\"item\":\"กระเช้า\","
				+ "\"value\":500,\"action\":\"RETURNED\",\"recordedBy\":\"ผู้บันทึก\"}";
	}

	@Test
	void giftRegisterIsFrozenWhileItsReportIsApprovedOrPublished() throws Exception {
		int year = 2641; // 1 Oct 2097 - 30 Sep 2098: future dates are refused, so insert
		long id = insertGift(year, "2098-01-10");
		long other = insertGift(year, "2098-02-10");
		transition(AGENCY, year, "GIFT_REPORT", "approve", agencyAdmin()).andExpect(status().isOk());
		// approved: frozen already
		deleteJson(api(AGENCY) + "/gifts/" + id, editor()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"))
			.andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.document").value("GIFT_REPORT"));
		transition(AGENCY, year, "GIFT_REPORT", "publish", agencyAdmin()).andExpect(status().isOk());
		putJson(api(AGENCY) + "/gifts/" + id, gift("2025-01-10"), editor()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"))
			.andExpect(jsonPath("$.state").value("PUBLISHED"))
			.andExpect(jsonPath("$.fiscalYear").value(year));
		deleteJson(api(AGENCY) + "/gifts/" + id, editor()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.state").value("PUBLISHED"));
		// another agency still gets a 404, not a hint
		deleteJson(api(AGENCY) + "/gifts/" + id, otherEditor()).andExpect(status().isNotFound());
		// the agency admin withdraws (audited): the register is a draft again
		transition(AGENCY, year, "GIFT_REPORT", "withdraw", agencyAdmin()).andExpect(status().isOk());
		assertThat(audits("integrity.document-withdrawn", "S4001/" + year + "/GIFT_REPORT")).isEqualTo(1);
		deleteJson(api(AGENCY) + "/gifts/" + other, editor()).andExpect(status().isNoContent());
		assertThat(audits("integrity.gift-deleted", String.valueOf(other))).isEqualTo(1);
		getJson(api(AGENCY) + "/gifts/summary?fiscalYear=" + year, editor())
			.andExpect(jsonPath("$.year.count").value(1));
	}

	@Test
	void aNewGiftCannotEnterAPublishedYear() throws Exception {
		int year = 2558; // 1 Oct 2014 - 30 Sep 2015: dates in the past, as the API
							// requires
		postJson(api(AGENCY) + "/gifts", gift("2015-03-02"), editor()).andExpect(status().isCreated());
		publish(year, "GIFT_REPORT");
		postJson(api(AGENCY) + "/gifts", gift("2015-03-03"), editor()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.state").value("PUBLISHED"));
		// nor can an entry of an open year be moved into it
		String body = postJson(api(AGENCY) + "/gifts", gift("2016-03-03"), editor()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		putJson(api(AGENCY) + "/gifts/" + id, gift("2015-03-04"), editor()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.document").value("GIFT_REPORT"));
		putJson(api(AGENCY) + "/gifts/" + id, gift("2016-03-04"), editor()).andExpect(status().isOk());
	}

	@Test
	void risksFreezeWithTheAssessmentAndTheirFollowUpWithTheTreatmentReport() throws Exception {
		int year = 2642;
		String body = postJson(api(AGENCY) + "/risks", risk(year, 3, "IN_PROGRESS", null), editor())
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
		publish(year, "RISK_ASSESSMENT");
		putJson(api(AGENCY) + "/risks/" + id, risk(year, 4, "IN_PROGRESS", null), editor())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"))
			.andExpect(jsonPath("$.state").value("PUBLISHED"))
			.andExpect(jsonPath("$.document").value("RISK_ASSESSMENT"));
		postJson(api(AGENCY) + "/risks", risk(year, 2, "NOT_STARTED", null), editor()).andExpect(status().isConflict());
		deleteJson(api(AGENCY) + "/risks/" + id, editor()).andExpect(status().isConflict());
		// the follow-up goes on until the treatment report is approved
		putJson(api(AGENCY) + "/risks/" + id, risk(year, 3, "DONE", "ดำเนินการครบ"), editor())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followUp").value("DONE"));
		transition(AGENCY, year, "RISK_TREATMENT", "approve", agencyAdmin()).andExpect(status().isOk());
		putJson(api(AGENCY) + "/risks/" + id, risk(year, 3, "CANCELLED", "ดำเนินการครบ"), editor())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.document").value("RISK_TREATMENT"));
		getJson(api(AGENCY) + "/risks/" + id, editor()).andExpect(jsonPath("$.followUp").value("DONE"))
			.andExpect(jsonPath("$.likelihood").value(3));
	}

	static String risk(int year, int likelihood, String followUp, String result) {
		return "{\"fiscalYear\":" + year + ",\"process\":\"การจัดซื้อ\",\"description\":\"รับเงินเพื่อเร่งอนุมัติ\","
				+ "\"likelihood\":" + likelihood + ",\"impact\":4,\"owner\":\"กลุ่มการเงิน\",\"followUp\":\"" + followUp
				+ "\"" + ((result != null) ? ",\"result\":\"" + result + "\"" : "") + "}";
	}

	@Test
	void complaintStatisticsAreFrozenOncePublished() throws Exception {
		int year = 2643;
		String base = api(AGENCY) + "/complaint-stats/" + year;
		putJson(base + "/WEBSITE", "{\"received\":5,\"completed\":3,\"inProgress\":2}", editor())
			.andExpect(status().isOk());
		putJson(base + "/PHONE", "{\"received\":1,\"completed\":1,\"inProgress\":0}", editor())
			.andExpect(status().isOk());
		deleteJson(base + "/PHONE", editor()).andExpect(status().isNoContent());
		publish(year, "COMPLAINT_STATS");
		putJson(base + "/WEBSITE", "{\"received\":6,\"completed\":3,\"inProgress\":2}", editor())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"))
			.andExpect(jsonPath("$.state").value("PUBLISHED"));
		putJson(base + "/EMAIL", "{\"received\":1,\"completed\":0,\"inProgress\":0}", editor())
			.andExpect(status().isConflict());
		deleteJson(base + "/WEBSITE", editor()).andExpect(status().isConflict());
		getJson(api(AGENCY) + "/complaint-stats?fiscalYear=" + year, editor())
			.andExpect(jsonPath("$.received").value(5));
		// the page says so instead of offering the form
		String page = this.mvc
			.perform(get("/agencies/" + AGENCY + "/integrity/complaints?fiscalYear=" + year)
				.with(authentication(editor())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"integrity-frozen\"").doesNotContain("id=\"complaint-form\"");
		// withdrawn by the agency admin, it can change again
		transition(AGENCY, year, "COMPLAINT_STATS", "withdraw", agencyAdmin()).andExpect(status().isOk());
		putJson(base + "/WEBSITE", "{\"received\":6,\"completed\":3,\"inProgress\":2}", editor())
			.andExpect(status().isOk());
	}

	@Test
	void aPublishedAnnouncementIsFrozenAndKeepsItsSigner() throws Exception {
		int year = 2644;
		putJson(api(OTHER) + "/executive", "{\"nameTh\":\"นายผู้ลงนาม เดิม\",\"positionTh\":\"ผู้อำนวยการ\"}",
				otherEditor())
			.andExpect(status().isOk());
		postJson(api(OTHER) + "/declarations",
				"{\"kind\":\"INTEGRITY_INTENT\",\"fiscalYear\":" + year + ",\"issuedOn\":\"2100-10-15\"}",
				otherEditor())
			.andExpect(status().isCreated());
		transition(OTHER, year, "INTEGRITY_INTENT", "approve", otherAdmin()).andExpect(status().isOk());
		transition(OTHER, year, "INTEGRITY_INTENT", "publish", otherAdmin()).andExpect(status().isOk());
		putJson(api(OTHER) + "/declarations/" + year + "/INTEGRITY_INTENT", "{\"issuedOn\":\"2100-10-16\"}",
				otherEditor())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PUBLISHED")));
		// a new executive signs the documents approved from now on, not the published one
		putJson(api(OTHER) + "/executive", "{\"nameTh\":\"นางผู้ลงนาม ใหม่\",\"positionTh\":\"ผู้อำนวยการ\"}",
				otherEditor())
			.andExpect(status().isOk());
		getJson(api(OTHER) + "/declarations/" + year + "/INTEGRITY_INTENT", otherEditor())
			.andExpect(jsonPath("$.signer.nameTh").value("นายผู้ลงนาม เดิม"));
		String announcement = "/public/agencies/" + OTHER + "/integrity/" + year + "/integrity-intent";
		assertThat(publicBody(announcement)).contains("นายผู้ลงนาม เดิม")
			.doesNotContain("นางผู้ลงนาม ใหม่")
			.doesNotContain("announcement-emblem");
		// the agency's emblem (uploaded by the agency) is shown on its public
		// announcement
		this.mvc.perform(
				multipart(api(OTHER) + "/emblem").file(new MockMultipartFile("file", "emblem.png", "image/png", PNG))
					.with(r -> {
						r.setMethod("PUT");
						return r;
					})
					.with(authentication(otherEditor())))
			.andExpect(status().isNoContent());
		assertThat(publicBody(announcement)).contains("id=\"announcement-emblem\"")
			.contains("src=\"/public/agencies/" + OTHER + "/emblem\"");
		var emblem = http().get("/public/agencies/" + OTHER + "/emblem");
		assertThat(emblem.statusCode()).isEqualTo(200);
		assertThat(emblem.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(emblem.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(publicStatus("/public/agencies/NOPE9/emblem")).isEqualTo(404);
		// withdrawn, it is a draft signed by the current record again
		transition(OTHER, year, "INTEGRITY_INTENT", "withdraw", otherAdmin()).andExpect(status().isOk());
		getJson(api(OTHER) + "/declarations/" + year + "/INTEGRITY_INTENT", otherEditor())
			.andExpect(jsonPath("$.signer.nameTh").value("นางผู้ลงนาม ใหม่"));
	}

}
