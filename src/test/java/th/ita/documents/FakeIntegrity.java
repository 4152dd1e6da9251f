package th.ita.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import th.ita.integrity.Announcement;
import th.ita.integrity.Emblem;
import th.ita.integrity.IntegrityDocument;
import th.ita.integrity.IntegrityDocuments;
import th.ita.integrity.Signer;

/** Announcements held in memory, worded like seed 001's No Gift Policy. */
public class FakeIntegrity implements IntegrityDocuments {

	public static final Signer SIGNER = new Signer("นายศักดิ์ดา ชัยภักดิ์",
			"ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น", "Mr. Sakda Chaiphak",
			"Director of the Secondary Educational Service Area Office Khon Kaen");

	private final Map<String, Announcement> announcements = new ConcurrentHashMap<>();

	private final Map<String, Emblem> emblems = new ConcurrentHashMap<>();

	public Announcement put(String code, int year, IntegrityDocument kind, boolean thaiNumerals, String status,
			Instant approvedAt) {
		String name = "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น";
		Announcement a = new Announcement(code, year, kind, "ประกาศ" + name,
				"Announcement of the Secondary Educational Service Area Office Khon Kaen",
				"นโยบายงดรับและให้ของขวัญในเทศกาลปีใหม่หรือโอกาสอื่นใด (No Gift Policy) ประจำปีงบประมาณ พ.ศ. " + year,
				"Implementation of the No Gift Policy for fiscal year " + (year - 543),
				List.of(name
						+ " ได้ตระหนักถึงความสำคัญในการเสริมสร้างวัฒนธรรมองค์กร ค่านิยม และแนวทางที่เหมาะสมให้บุคลากรได้ยึดถือปฏิบัติ"
						+ "เกี่ยวกับการให้หรือรับของขวัญหรือของกำนัล หรือประโยชน์อื่นใดจากการปฏิบัติหน้าที่",
						"ผู้บริหารและผู้บังคับบัญชาทุกระดับจะปฏิบัติตนเป็นแบบอย่างที่ดี ตามมาตรา 3 ของประกาศนี้ ดูรายละเอียดที่ https://www.example.go.th/p/2567"),
				List.of("Khon Kaen Secondary Educational Service Area Office realises the importance of strengthening "
						+ "organisational culture regarding gifts.", "Executives at all levels set a good example."),
				List.of("ด้านการปฏิบัติหน้าที่", "ด้านการใช้งบประมาณ"),
				List.of("Performance of duties", "Use of budget"),
				"จึงประกาศให้ทราบโดยทั่วกัน และถือปฏิบัติอย่างเคร่งครัด",
				"This announcement is hereby made known to all and must be strictly adhered to.",
				LocalDate.of(2023, 11, 27), "27 พฤศจิกายน พ.ศ. 2566", thaiNumerals, SIGNER, status,
				(approvedAt == null) ? null : "agency-admin-" + code.toLowerCase(), approvedAt,
				"PUBLISHED".equals(status) ? approvedAt : null, kind.publicPath(code, year));
		this.announcements.put(code + "/" + year + "/" + kind, a);
		return a;
	}

	public void emblem(String code, Emblem emblem) {
		this.emblems.put(code, emblem);
	}

	@Override
	public Optional<Announcement> announcement(String agencyCode, int fiscalYear, IntegrityDocument kind) {
		return Optional.ofNullable(this.announcements.get(agencyCode + "/" + fiscalYear + "/" + kind));
	}

	@Override
	public List<Announcement> announcements(String agencyCode, int fiscalYear) {
		return this.announcements.values()
			.stream()
			.filter(a -> a.agencyCode().equals(agencyCode) && a.fiscalYear() == fiscalYear)
			.toList();
	}

	@Override
	public Optional<Signer> signer(String agencyCode) {
		return Optional.of(SIGNER);
	}

	@Override
	public Optional<Emblem> emblem(String agencyCode) {
		return Optional.ofNullable(this.emblems.get(agencyCode));
	}

}
