package th.ita.planning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.agency.AgencyDirectory;
import th.ita.planning.PlanDocument.IndicatorAnalysis;
import th.ita.planning.PlanDocument.KpiTarget;
import th.ita.planning.PlanDocument.Link;
import th.ita.planning.PlanDocument.Person;
import th.ita.planning.PlanKind;
import th.ita.planning.domain.PlanInput.ActivityInput;
import th.ita.planning.domain.PlanInput.MeasureInput;
import th.ita.planning.domain.PlanInput.ProgressInput;
import th.ita.planning.domain.PlanInput.ProjectInput;
import th.ita.shared.DemoMode;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.Role;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data of the planning module (order 400, after scoring): the suggested-measure
 * library for the 10 indicators, and the 2568 integrity plan of สพม.ขอนแก่น (S4001)
 * reproducing seed 001: the analysis of the weak indicators of 2567 (from scoring), the
 * measures, the project with its narrative and preparers, and the 60,000-baht action plan
 * (5,000 + 5,000 + 20,000 + 15,000 + 15,000); published, with two progress entries.
 * Idempotent: skipped when the plan or the library is there. Written through the
 * services, so it is validated and audited like any user's work.
 */
@Component
class PlanningDemoData {

	static final String AGENCY = "S4001";

	static final int YEAR = 2568;

	private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);

	private final DemoMode demo;

	private final AgencyDirectory agencies;

	private final PlanService plans;

	private final ContentService content;

	private final PlanQueries queries;

	private final SuggestionService suggestions;

	private final SuggestionRows suggestionRows;

	PlanningDemoData(DemoMode demo, AgencyDirectory agencies, PlanService plans, ContentService content,
			PlanQueries queries, SuggestionService suggestions, SuggestionRows suggestionRows) {
		this.demo = demo;
		this.agencies = agencies;
		this.plans = plans;
		this.content = content;
		this.queries = queries;
		this.suggestions = suggestions;
		this.suggestionRows = suggestionRows;
	}

	record DemoUser(String username, Set<Role> roles, @Nullable String agencyCode) implements ItaPrincipal {
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(400)
	void onReady() {
		if (!this.demo.enabled()) {
			return;
		}
		try {
			if (!this.suggestionRows.any()) {
				library(new DemoUser("demo-central", EnumSet.of(Role.SYSTEM_ADMIN), null));
			}
			if (this.agencies.exists(AGENCY) && this.queries.plan(YEAR, AGENCY, PlanKind.INTEGRITY).isEmpty()) {
				plan(new DemoUser("demo-s4001", EnumSet.of(Role.AGENCY_ADMIN, Role.AGENCY_EDITOR), AGENCY));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo data of the planning module could not be loaded", ex);
		}
	}

	void library(ItaPrincipal user) {
		for (Object[] s : PlanningDemoTexts.LIBRARY) {
			this.suggestions.add(new MeasureInput((Integer) s[0], (String) s[1], (String) s[2],
					List.of(((String) s[3]).split("\n")), null, null), user);
		}
	}

	void plan(ItaPrincipal user) {
		PlanKind kind = PlanKind.INTEGRITY;
		this.plans.create(YEAR, AGENCY, kind, user);
		List<IndicatorAnalysis> weak = this.queries.plan(YEAR, AGENCY, kind).orElseThrow().weakIndicators();
		for (IndicatorAnalysis i : weak) {
			this.plans.saveAnalysis(YEAR, AGENCY, kind, i.number(), PlanningDemoTexts.analysis(i.number()), user);
		}
		if (weak.stream().noneMatch(i -> i.number() == 10)) {
			this.plans.saveAnalysis(YEAR, AGENCY, kind, 10, PlanningDemoTexts.analysis(10), user);
		}
		long noGift = this.content.addMeasure(YEAR, AGENCY, kind,
				new MeasureInput(10, PlanningDemoTexts.ISSUE_10, PlanningDemoTexts.MEASURE_10,
						List.copyOf(PlanningDemoTexts.GUIDELINES_10), "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
						"ตุลาคม 2567 - กันยายน 2568"),
				user);
		this.content.addMeasure(YEAR, AGENCY, kind,
				new MeasureInput(9, PlanningDemoTexts.ISSUE_9, PlanningDemoTexts.MEASURE_9,
						List.copyOf(PlanningDemoTexts.GUIDELINES_9), "กลุ่มอำนวยการ", "ตุลาคม 2567 - กันยายน 2568"),
				user);
		long project = this.content.addProject(YEAR, AGENCY, kind, project(), user);
		long first = 0;
		for (Object[] a : PlanningDemoTexts.ACTIVITIES) {
			long id = this.content.addActivity(YEAR, AGENCY, kind, project,
					new ActivityInput((String) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4],
							new BigDecimal((String) a[5]), new BigDecimal((String) a[6]),
							List.of(((String) a[7]).split(",")), (String) a[8], List.of(PlanningDemoTexts.ITA_TARGET)),
					user);
			first = (first == 0) ? id : first;
		}
		this.plans.submit(YEAR, AGENCY, kind, user);
		this.plans.approve(YEAR, AGENCY, kind, user);
		this.plans.publish(YEAR, AGENCY, kind, user);
		this.plans.recordProgress(YEAR, AGENCY, kind, new ProgressInput(first, null, LocalDate.of(2025, 3, 31), "DONE",
				100, new BigDecimal("5000"),
				"จัดทำสื่อประชาสัมพันธ์ด้านการต่อต้านการทุจริต 5 รายการ เผยแพร่ทางเว็บไซต์และ Facebook ของหน่วยงาน",
				List.of(new Link("https://www.kksec.go.th", "เว็บไซต์ สพม.ขอนแก่น"))), user);
		this.plans.recordProgress(YEAR, AGENCY, kind, new ProgressInput(null, noGift, LocalDate.of(2024, 11, 27),
				"DONE", 100, null, "ประกาศเจตนารมณ์นโยบาย No Gift Policy ลงวันที่ 27 พฤศจิกายน 2567", List.of()), user);
	}

	private static ProjectInput project() {
		return new ProjectInput(PlanningDemoTexts.PROJECT, PlanningDemoTexts.RATIONALE,
				List.copyOf(PlanningDemoTexts.OBJECTIVES), PlanningDemoTexts.GOALS,
				"บุคลากรในสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น", 70,
				List.of(new KpiTarget("ประชาชนมีวัฒนธรรมและพฤติกรรมซื่อสัตย์สุจริต",
						"ร้อยละของเด็กและเยาวชนไทยมีพฤติกรรมที่ยึดมั่นความซื่อสัตย์สุจริต", "ร้อยละ 50"),
						new KpiTarget("ประชาชนมีวัฒนธรรมและพฤติกรรมซื่อสัตย์สุจริต",
								"ร้อยละของประชาชนที่มีวัฒนธรรม ค่านิยมสุจริต มีทัศนคติและพฤติกรรมในการต่อต้านการทุจริตและประพฤติมิชอบ",
								"ร้อยละ 50"),
						new KpiTarget("ประชาชนมีวัฒนธรรมและพฤติกรรมซื่อสัตย์สุจริต", PlanningDemoTexts.ITA_TARGET,
								"ร้อยละ 80 (85 คะแนนขึ้นไป)")),
				LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30), "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น",
				List.copyOf(PlanningDemoTexts.IMPACT), List.copyOf(PlanningDemoTexts.MONITORING),
				List.copyOf(people(PlanningDemoTexts.ADVISERS)), List.copyOf(people(PlanningDemoTexts.WORKING_GROUP)),
				List.copyOf(people(PlanningDemoTexts.EDITORS)));
	}

	private static List<Person> people(String[][] rows) {
		return java.util.Arrays.stream(rows).map(r -> new Person(r[0], r[1])).toList();
	}

}
