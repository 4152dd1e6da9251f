package th.ita.planning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Progress: dated entries per activity and measure, planned against spent, over-budget
 * and late flags, and evidence images checked by content and size.
 */
class PlanProgressTests extends PlanningTestSupport {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Test
	void progressShowsSpentAgainstPlannedAndFlagsOverBudgetAndLateActivities() throws Exception {
		// Given a published plan of fiscal year 2561, whose months are all over
		int fy = 2561;
		createPlan(fy);
		long project = project(fy, "โครงการเสริมสร้างคุณธรรม");
		long media = addActivity(fy, project, activity("1.1", "สร้างสื่อ", "5000", List.of("2018-01")));
		long training = addActivity(fy, project, activity("1.2", "อบรม", "20000", List.of("2018-03", "2018-04")));
		long measure = addMeasure(fy, 10, "ประกาศนโยบาย No Gift Policy");
		// Progress before publication is refused
		progress(fy, Map.of("activityId", media, "date", "2018-01-10", "status", "IN_PROGRESS", "percent", 10))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"));
		publish(fy);

		// When the media activity overspends and the training is still in progress
		progress(fy, Map.of("activityId", media, "date", "2018-01-10", "status", "IN_PROGRESS", "percent", 50, "spent",
				"3000.50"))
			.andExpect(status().isCreated());
		progress(fy,
				Map.of("activityId", media, "date", "2018-01-31", "status", "DONE", "percent", 100, "spent", "2500",
						"narrative", "จัดทำสื่อครบ 5 รายการ", "links",
						List.of(Map.of("url", "https://www.kksec.go.th/news/1", "title", "ข่าว"))))
			.andExpect(status().isCreated());
		progress(fy, Map.of("activityId", training, "date", "2018-03-20", "status", "IN_PROGRESS", "percent", 40,
				"spent", "8000"))
			.andExpect(status().isCreated());
		progress(fy, Map.of("measureId", measure, "date", "2017-11-27", "status", "DONE", "percent", 100))
			.andExpect(status().isCreated());

		// Then
		JsonNode plan = plan(fy, editor());
		JsonNode activities = plan.get("projects").get(0).get("activities");
		JsonNode first = activities.get(0);
		assertThat(first.get("spent").decimalValue()).isEqualByComparingTo("5500.50");
		assertThat(first.get("overBudget").asBoolean()).isTrue();
		assertThat(first.get("late").asBoolean()).as("done is never late").isFalse();
		assertThat(first.get("status").asString()).isEqualTo("DONE");
		assertThat(first.get("progress")).hasSize(2);
		assertThat(first.get("progress").get(1).get("links").get(0).get("url").asString())
			.isEqualTo("https://www.kksec.go.th/news/1");
		JsonNode second = activities.get(1);
		assertThat(second.get("overBudget").asBoolean()).isFalse();
		assertThat(second.get("late").asBoolean()).isTrue();
		assertThat(second.get("percent").asInt()).isEqualTo(40);
		assertThat(plan.get("totalBudget").decimalValue()).isEqualByComparingTo("25000");
		assertThat(plan.get("totalSpent").decimalValue()).isEqualByComparingTo("13500.50");
		assertThat(plan.get("measures").get(0).get("status").asString()).isEqualTo("DONE");
	}

	@Test
	void invalidProgressNamesTheField() throws Exception {
		int fy = 2611;
		createPlan(fy);
		long project = project(fy, "โครงการ");
		long activity = addActivity(fy, project, activity("1", "กิจกรรม", "100", List.of(ym(fy, 1))));
		publish(fy);
		Map<String, Object> ok = Map.of("activityId", activity, "date", "2026-01-01", "status", "DONE", "percent", 100);
		for (var c : List.of(Map.entry("percent", (Object) 101), Map.entry("spent", (Object) "-1"),
				Map.entry("status", (Object) "FINISHED"), Map.entry("date", (Object) "2999-01-01"),
				Map.entry("links", (Object) List.of(Map.of("url", "javascript:alert(1)"))),
				Map.entry("activityId", (Object) 999999999L))) {
			Map<String, Object> body = new java.util.HashMap<>(ok);
			body.put(c.getKey(), c.getValue());
			progress(fy, body).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value(c.getKey()));
		}
		Map<String, Object> both = new java.util.HashMap<>(ok);
		both.put("measureId", 1);
		progress(fy, both).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("activityId"));
	}

	@Test
	void imagesAreCheckedByContentCappedAndServedWithTheirType() throws Exception {
		int fy = 2612;
		createPlan(fy);
		long project = project(fy, "โครงการ");
		long activity = addActivity(fy, project, activity("1", "กิจกรรม", "100", List.of(ym(fy, 1))));
		publish(fy);
		long entry = json(
				progress(fy, Map.of("activityId", activity, "date", "2026-01-01", "status", "DONE", "percent", 100)))
			.get("id")
			.asLong();
		String upload = base(fy) + "/progress/" + entry + "/images";

		long id = json(this.mvc
			.perform(multipart(upload).file(new MockMultipartFile("file", "shot.png", "image/png", PNG))
				.with(authentication(editor())))
			.andExpect(status().isCreated())).get("id").asLong();
		this.mvc.perform(get(base(fy) + "/images/" + id).with(authentication(editor())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		// HTML named .png and declared image/png is refused: the bytes decide
		this.mvc
			.perform(multipart(upload)
				.file(new MockMultipartFile("file", "x.png", "image/png", "<html><script>".getBytes()))
				.with(authentication(editor())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("image"));
		byte[] big = new byte[2 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		this.mvc
			.perform(multipart(upload).file(new MockMultipartFile("file", "big.png", "image/png", big))
				.with(authentication(editor())))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.field").value("file"));
		// Not public before the progress report is published, public after
		publicPage("/public/agencies/S4001/plans/" + fy + "/images/" + id).andExpect(status().isNotFound());
		call("POST", base(fy) + "/publish-progress", null, agencyAdmin()).andExpect(status().isOk());
		publicPage("/public/agencies/S4001/plans/" + fy + "/images/" + id).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

}
