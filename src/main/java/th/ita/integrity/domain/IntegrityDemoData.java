package th.ita.integrity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.agency.AgencyDirectory;
import th.ita.integrity.IntegrityDocument;
import th.ita.shared.DemoMode;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.Role;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of the integrity registers, loaded once when {@link DemoMode} is on: for
 * สพม.ขอนแก่น (S4001, the signer as seed 001 spells him most often) and three other ESAs,
 * the executive record, the three announcements of fiscal year 2568 (approved and
 * published), a few gifts, risks and complaint statistics, with the register reports
 * published. Idempotent: an agency that already has an executive record is skipped; each
 * agency loads in one transaction. A failure is logged and does not stop the application.
 */
@Component
class IntegrityDemoData {

	static final int YEAR = 2568;

	private static final Logger log = LoggerFactory.getLogger(IntegrityDemoData.class);

	private record DemoAgency(String code, String nameTh, String nameEn, String positionTh) {
	}

	private static final List<DemoAgency> AGENCIES = List.of(
			new DemoAgency("S4001", "นายศักดิ์ดา ชัยภักย์", "Mr Sakda Chaiyaphak",
					"ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น"),
			new DemoAgency("4001", "นางสาวอรุณี ตัวอย่างดี", "Ms Arunee Tuayangdee",
					"ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1"),
			new DemoAgency("4002", "นายประเสริฐ สาธิตการ", "Mr Prasert Sathitkan",
					"ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 2"),
			new DemoAgency("S1001", "นางวิไลวรรณ ทดลองใช้", "Mrs Wilaiwan Thodlongchai",
					"ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษากรุงเทพมหานคร เขต 1"));

	private final DemoMode demo;

	private final AgencyDirectory agencies;

	private final ExecutiveService executives;

	private final DeclarationService declarations;

	private final PublicationService publications;

	private final GiftService gifts;

	private final RiskService risks;

	private final ComplaintService complaints;

	private final TransactionTemplate transactions;

	IntegrityDemoData(DemoMode demo, AgencyDirectory agencies, ExecutiveService executives,
			DeclarationService declarations, PublicationService publications, GiftService gifts, RiskService risks,
			ComplaintService complaints, PlatformTransactionManager transactions) {
		this.demo = demo;
		this.agencies = agencies;
		this.executives = executives;
		this.declarations = declarations;
		this.publications = publications;
		this.gifts = gifts;
		this.risks = risks;
		this.complaints = complaints;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** The demo acts as the agency's admin and editor. */
	private record DemoUser(String agencyCode) implements ItaPrincipal {

		@Override
		public String username() {
			return "demo-" + this.agencyCode.toLowerCase();
		}

		@Override
		public Set<Role> roles() {
			return EnumSet.of(Role.AGENCY_ADMIN, Role.AGENCY_EDITOR);
		}

		@Override
		public @Nullable String agencyCode() {
			return this.agencyCode;
		}

	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(410)
	void onReady() {
		if (!this.demo.enabled()) {
			return;
		}
		int loaded = 0;
		for (DemoAgency agency : AGENCIES) {
			try {
				if (this.agencies.exists(agency.code()) && this.executives.find(agency.code()).isEmpty()) {
					this.transactions.executeWithoutResult(status -> load(agency));
					loaded++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Integrity demo data of {} could not be loaded", agency.code(), ex);
			}
		}
		if (loaded > 0) {
			log.info("Integrity demo data: {} agencies, fiscal year {}", loaded, YEAR);
		}
	}

	private void load(DemoAgency a) {
		DemoUser user = new DemoUser(a.code());
		this.executives.save(a.code(), a.nameTh(), a.positionTh(), a.nameEn(), "Director", user);
		LocalDate issued = LocalDate.of(2024, 11, 27);
		for (IntegrityDocument kind : List.of(IntegrityDocument.INTEGRITY_INTENT, IntegrityDocument.NO_GIFT_POLICY,
				IntegrityDocument.INTEGRITY_POLICY)) {
			this.declarations.create(a.code(), kind.name(), YEAR, issued, true, user);
		}
		gift(a, user, LocalDate.of(2024, 12, 28), "ผู้ประกอบการร้านค้า (ตัวอย่าง)", "คู่สัญญา", "กระเช้าปีใหม่", "1200",
				GiftAction.REFUSED);
		gift(a, user, LocalDate.of(2025, 1, 16), "ผู้ปกครองนักเรียน (ตัวอย่าง)", "ผู้รับบริการ", "ดอกไม้วันครู", "300",
				GiftAction.KEPT_WITHIN_RULES);
		gift(a, user, LocalDate.of(2025, 4, 10), "บริษัท ตัวอย่าง จำกัด", "ผู้ยื่นข้อเสนอ", "บัตรกำนัล", "5000",
				GiftAction.RETURNED);
		gift(a, user, LocalDate.of(2025, 5, 2), "สมาคมศิษย์เก่า (ตัวอย่าง)", "หน่วยงานภายนอก", "ของที่ระลึก", "2500",
				GiftAction.HANDED_TO_AGENCY);
		risk(a, user, "การจัดซื้อจัดจ้าง", "ผู้ยื่นข้อเสนอเสนอผลประโยชน์เพื่อให้กำหนดคุณลักษณะเอื้อประโยชน์", 3, 4,
				"คณะกรรมการกำหนดคุณลักษณะเฉพาะ", "เปิดเผยร่างขอบเขตงานบนเว็บไซต์และรับฟังความคิดเห็น",
				"กลุ่มบริหารงานการเงินและสินทรัพย์", FollowUp.DONE, "เผยแพร่ร่างขอบเขตงานครบทุกโครงการ");
		risk(a, user, "การบรรจุและแต่งตั้ง", "การเรียกรับผลประโยชน์เพื่อพิจารณาย้ายหรือแต่งตั้ง", 2, 5,
				"หลักเกณฑ์ของ ก.ค.ศ.", "ประกาศผลการพิจารณาพร้อมเหตุผล", "กลุ่มบริหารงานบุคคล", FollowUp.IN_PROGRESS,
				null);
		risk(a, user, "การเบิกจ่ายค่าพาหนะ", "การเบิกค่าใช้จ่ายเกินจริง", 2, 2, "ตรวจสอบเอกสารก่อนเบิกจ่าย", null,
				"กลุ่มบริหารงานการเงินและสินทรัพย์", FollowUp.NOT_STARTED, null);
		this.complaints.save(a.code(), YEAR, "WEBSITE", 4, 3, 1, user);
		this.complaints.save(a.code(), YEAR, "PHONE", 2, 2, 0, user);
		this.complaints.save(a.code(), YEAR, "DAMRONGDHAM_CENTRE", 1, 0, 1, user);
		for (IntegrityDocument d : IntegrityDocument.values()) {
			this.publications.approve(a.code(), YEAR, d, user);
			this.publications.publish(a.code(), YEAR, d, user);
		}
	}

	private void gift(DemoAgency a, DemoUser user, LocalDate date, String giver, String relation, String item,
			String value, GiftAction action) {
		this.gifts.record(a.code(), new GiftService.Input(date, giver, relation, item, new BigDecimal(value),
				action.name(), "เจ้าหน้าที่กลุ่มอำนวยการ (ตัวอย่าง)"), user);
	}

	private void risk(DemoAgency a, DemoUser user, String process, String description, int likelihood, int impact,
			String existing, @Nullable String added, String owner, FollowUp followUp, @Nullable String result) {
		this.risks.create(a.code(), new RiskService.Input(YEAR, process, description, likelihood, impact, existing,
				added, owner, followUp.name(), result), user);
	}

}
