package th.ita.integrity;

import java.util.List;

import org.junit.jupiter.api.Test;
import th.ita.shared.EvidenceOffered;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Announcements: the executive record as the one signer, templates filled in Thai and
 * English, one per kind and year (409), validation, the approval workflow, publication
 * gating of the public page and the OIT evidence offer.
 */
@RecordApplicationEvents
class IntegrityDeclarationApiTests extends IntegrityTestSupport {

	@Autowired
	ApplicationEvents events;

	@Test
	void announcementIsFilledFromTheExecutiveRecordAndUniquePerKindAndYear() throws Exception {
		int year = 2650;
		saveExecutive(AGENCY, editor());
		postJson(api(AGENCY) + "/declarations",
				"{\"kind\":\"NO_GIFT_POLICY\",\"fiscalYear\":" + year
						+ ",\"issuedOn\":\"2106-11-27\",\"thaiNumerals\":true}",
				editor())
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", endsWith("/declarations/" + year + "/NO_GIFT_POLICY")))
			.andExpect(jsonPath("$.headingTh").value("ประกาศสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น"))
			.andExpect(jsonPath("$.subjectTh").value(containsString("No Gift Policy")))
			.andExpect(jsonPath("$.subjectTh").value(containsString("พ.ศ. " + year)))
			.andExpect(jsonPath("$.paragraphsTh.length()").value(3))
			.andExpect(jsonPath("$.paragraphsEn[0]").value(containsString("recognises")))
			.andExpect(jsonPath("$.closingTh").value(containsString("จึงประกาศให้ทราบโดยทั่วกัน")))
			// 27 Nov 2106 CE = 2649 BE, in Thai digits, with no "เดือน"
			.andExpect(jsonPath("$.issuedOnTh").value("๒๗ พฤศจิกายน พ.ศ. ๒๖๔๙"))
			.andExpect(jsonPath("$.issuedOn").value("2106-11-27"))
			.andExpect(jsonPath("$.thaiNumerals").value(true))
			.andExpect(jsonPath("$.signer.nameTh").value("นายศักดิ์ดา ชัยภักดิ์"))
			.andExpect(jsonPath("$.signer.positionEn").value("Director"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.publicPath").value("/public/agencies/S4001/integrity/" + year + "/no-gift-policy"));
		// a second one of the same kind and year is a conflict
		postJson(api(AGENCY) + "/declarations",
				"{\"kind\":\"NO_GIFT_POLICY\",\"fiscalYear\":" + year + ",\"issuedOn\":\"2106-12-01\"}", editor())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("kind"));
		// the integrity policy has ten commitments, one per indicator; Arabic digits on
		// request
		postJson(api(AGENCY) + "/declarations",
				"{\"kind\":\"INTEGRITY_POLICY\",\"fiscalYear\":" + year
						+ ",\"issuedOn\":\"2106-11-27\",\"thaiNumerals\":false}",
				editor())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.commitmentsTh.length()").value(10))
			.andExpect(jsonPath("$.commitmentsEn.length()").value(10))
			.andExpect(jsonPath("$.issuedOnTh").value("27 พฤศจิกายน พ.ศ. 2649"));
		// the same signer reads the same in every announcement
		getJson(api(AGENCY) + "/declarations?fiscalYear=" + year, central()).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].signer.nameTh").value("นายศักดิ์ดา ชัยภักดิ์"))
			.andExpect(jsonPath("$[1].signer.nameTh").value("นายศักดิ์ดา ชัยภักดิ์"));
		assertThat(audits("integrity.declaration-created", "S4001/" + year + "/NO_GIFT_POLICY")).isEqualTo(1);
	}

	@Test
	void declarationValidationNamesTheField() throws Exception {
		saveExecutive(AGENCY, editor());
		String path = api(AGENCY) + "/declarations";
		postJson(path, "{\"kind\":\"BOGUS\",\"fiscalYear\":2651,\"issuedOn\":\"2107-11-01\"}", editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("kind"));
		postJson(path, "{\"kind\":\"GIFT_REPORT\",\"fiscalYear\":2651,\"issuedOn\":\"2107-11-01\"}", editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("kind"));
		postJson(path, "{\"kind\":\"INTEGRITY_INTENT\",\"issuedOn\":\"2107-11-01\"}", editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("fiscalYear"));
		postJson(path, "{\"kind\":\"INTEGRITY_INTENT\",\"fiscalYear\":2024,\"issuedOn\":\"2107-11-01\"}", editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("fiscalYear"));
		postJson(path, "{\"kind\":\"INTEGRITY_INTENT\",\"fiscalYear\":2651}", editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("issuedOn"));
		postJson(path, "{\"kind\":\"INTEGRITY_INTENT\",\"fiscalYear\":2651,\"issuedOn\":\"not-a-date\"}", editor())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("issuedOn"));
		// without an executive record there is no signer
		postJson(api("4005") + "/declarations",
				"{\"kind\":\"INTEGRITY_INTENT\",\"fiscalYear\":2651,\"issuedOn\":\"2107-11-01\"}",
				th.ita.TestPrincipals.agencyEditor("4005"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("signer"));
		// the executive record itself
		putJson(api(AGENCY) + "/executive", "{\"nameTh\":\" \",\"positionTh\":\"ผู้อำนวยการ\"}", editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("nameTh"));
		putJson(api(AGENCY) + "/executive", "{\"nameTh\":\"นาย ก\"}", editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("positionTh"));
		putJson(api(AGENCY) + "/executive", "{\"nameTh\":\"" + "ก".repeat(201) + "\",\"positionTh\":\"ผู้อำนวยการ\"}",
				editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("nameTh"));
	}

	@Test
	void approvalPublicationGatingAndEvidenceOffer() throws Exception {
		int year = 2652;
		String publicPath = "/public/agencies/S4001/integrity/" + year + "/no-gift-policy";
		saveExecutive(AGENCY, editor());
		postJson(api(AGENCY) + "/declarations",
				"{\"kind\":\"NO_GIFT_POLICY\",\"fiscalYear\":" + year + ",\"issuedOn\":\"2108-11-27\"}", editor())
			.andExpect(status().isCreated());
		assertThat(publicStatus(publicPath)).isEqualTo(404);

		// editors draft, they do not approve; another agency's admin gets a 404
		transition(AGENCY, year, "NO_GIFT_POLICY", "approve", editor()).andExpect(status().isForbidden());
		transition(AGENCY, year, "NO_GIFT_POLICY", "approve", otherAdmin()).andExpect(status().isNotFound());
		// publishing before approval is refused
		transition(AGENCY, year, "NO_GIFT_POLICY", "publish", agencyAdmin()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"));
		// the agency's executive approves
		transition(AGENCY, year, "NO_GIFT_POLICY", "approve", executive()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedBy").value("exec-s4001"));
		// an approved announcement can no longer be edited
		putJson(api(AGENCY) + "/declarations/" + year + "/NO_GIFT_POLICY", "{\"issuedOn\":\"2108-11-28\"}", editor())
			.andExpect(status().isConflict());
		assertThat(publicStatus(publicPath)).isEqualTo(404);
		this.events.clear();
		transition(AGENCY, year, "NO_GIFT_POLICY", "publish", agencyAdmin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.oitItemCodes[0]").value("O25"));

		List<EvidenceOffered> offered = this.events.stream(EvidenceOffered.class).toList();
		assertThat(offered).singleElement().satisfies(e -> {
			assertThat(e.oitItemCode()).isEqualTo("O25");
			assertThat(e.url()).isEqualTo(publicPath);
			assertThat(e.fiscalYear()).isEqualTo(year);
			assertThat(e.agencyCode()).isEqualTo(AGENCY);
			assertThat(e.titleTh()).contains("No Gift Policy").contains(String.valueOf(year));
		});
		assertThat(audits("integrity.document-published", "S4001/" + year + "/NO_GIFT_POLICY")).isEqualTo(1);
		getJson(api(AGENCY) + "/declarations/" + year + "/NO_GIFT_POLICY", editor()).andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedBy").value("exec-s4001"))
			.andExpect(jsonPath("$.approvedAt").isNotEmpty())
			.andExpect(jsonPath("$.publishedAt").isNotEmpty());

		// the public page, without sign-in: Thai first, Thai digits, the signer in
		// parentheses
		String page = publicBody(publicPath);
		assertThat(publicStatus(publicPath)).isEqualTo(200);
		assertThat(page).contains("ประกาศสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น")
			.contains("ประกาศ ณ วันที่ ๒๗ พฤศจิกายน พ.ศ. ๒๖๕๑")
			.contains("(นายศักดิ์ดา ชัยภักดิ์)")
			.doesNotContain("<script>");
		assertThat(publicBody("/public/agencies/S4001/integrity/" + year)).contains(publicPath);

		// withdrawing takes the page down and withdraws the offer
		this.events.clear();
		transition(AGENCY, year, "NO_GIFT_POLICY", "withdraw", agencyAdmin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(this.events.stream(EvidenceOffered.class)).singleElement()
			.satisfies(e -> assertThat(e.url()).isNull());
		assertThat(publicStatus(publicPath)).isEqualTo(404);
	}

	@Test
	void agencyIsolationOnAnnouncementsAndExecutive() throws Exception {
		int year = 2653;
		saveExecutive(AGENCY, editor());
		postJson(api(AGENCY) + "/declarations",
				"{\"kind\":\"INTEGRITY_INTENT\",\"fiscalYear\":" + year + ",\"issuedOn\":\"2109-10-15\"}", editor())
			.andExpect(status().isCreated());
		String one = api(AGENCY) + "/declarations/" + year + "/INTEGRITY_INTENT";
		getJson(one, otherEditor()).andExpect(status().isNotFound());
		getJson(api(AGENCY) + "/declarations?fiscalYear=" + year, otherEditor()).andExpect(status().isNotFound());
		getJson(api(AGENCY) + "/executive", otherEditor()).andExpect(status().isNotFound());
		putJson(api(AGENCY) + "/executive", "{\"nameTh\":\"x\",\"positionTh\":\"y\"}", otherEditor())
			.andExpect(status().isNotFound());
		postJson(api(AGENCY) + "/declarations",
				"{\"kind\":\"INTEGRITY_POLICY\",\"fiscalYear\":" + year + ",\"issuedOn\":\"2109-10-15\"}",
				otherEditor())
			.andExpect(status().isNotFound());
		// a national user without an agency may not write; the central team reads all
		postJson(api(AGENCY) + "/declarations",
				"{\"kind\":\"INTEGRITY_POLICY\",\"fiscalYear\":" + year + ",\"issuedOn\":\"2109-10-15\"}", central())
			.andExpect(status().isForbidden());
		getJson(one, assessor()).andExpect(status().isForbidden());
		getJson(one, central()).andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("INTEGRITY_INTENT"));
		getJson(one, executive()).andExpect(status().isOk());
		// unknown agency and unknown kind
		getJson(api("NOPE") + "/declarations?fiscalYear=" + year, central()).andExpect(status().isNotFound());
		getJson(api(AGENCY) + "/declarations/" + year + "/BOGUS", central()).andExpect(status().isNotFound());
	}

}
