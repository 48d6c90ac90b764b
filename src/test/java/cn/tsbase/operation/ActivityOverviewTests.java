package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.StatementCounter;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.Paging;

/**
 * The list of all activities of the bases an officer oversees (issue 12, point 4): scoped by district in the query,
 * filtered by base, kind and dates, paged without counting the whole list, exported to Excel in keyset batches.
 */
@IntegrationTest
class ActivityOverviewTests {

	static final String TONGZHOU = "110112";

	static final String SHUNYI = "110113";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	OperationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OperationFixtures(bases, jdbc);
	}

	private static MockHttpServletRequestBuilder activity(OperationFixtures.Designated base, String kind, String date,
			String topic, int participants) {
		return post("/operation/bases/{id}/activities", base.baseId())
			.with(Principals.role(Role.LIAISON, base.district(), base.unitId()))
			.with(csrf())
			.param("kind", kind)
			.param("heldOn", date)
			.param("topic", topic)
			.param("place", "报告厅")
			.param("participants", String.valueOf(participants))
			.param("organiser", "法务部");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> topics(Document page) {
		return page.select("#allActivityTable tr.activity-row td.topic").eachText();
	}

	@Test
	void theDistrictSeesTheActivitiesOfItsBasesFilteredAndTheMunicipalBureauEveryDistricts() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		var tongzhou = fixtures.designate("活动总览甲" + tag + "科技有限公司", TONGZHOU, BaseType.POINT);
		var shunyi = fixtures.designate("活动总览乙" + tag + "科技有限公司", SHUNYI, BaseType.POINT);
		mvc.perform(activity(tongzhou, "TRAINING", "2026-03-10", "通州培训" + tag, 40))
			.andExpect(status().is3xxRedirection());
		mvc.perform(activity(tongzhou, "PUBLICITY", "2026-06-01", "通州普法" + tag, 300))
			.andExpect(status().is3xxRedirection());
		mvc.perform(activity(shunyi, "TRAINING", "2026-04-15", "顺义培训" + tag, 25))
			.andExpect(status().is3xxRedirection());
		RequestPostProcessor tongzhouOfficer = Principals.role(Role.DISTRICT_OFFICER, TONGZHOU, null);

		// the district's own, newest first; a filter on another district is ignored for a district officer
		assertThat(topics(page(get("/operation/activities").param("name", tag).with(tongzhouOfficer))))
			.containsExactly("通州普法" + tag, "通州培训" + tag);
		assertThat(topics(page(get("/operation/activities").param("name", tag)
			.param("district", SHUNYI)
			.with(tongzhouOfficer)))).containsExactly("通州普法" + tag, "通州培训" + tag);
		// by kind and by dates (both ends included)
		assertThat(topics(page(get("/operation/activities").param("name", tag)
			.param("kind", "TRAINING")
			.with(tongzhouOfficer)))).containsExactly("通州培训" + tag);
		assertThat(topics(page(get("/operation/activities").param("name", tag)
			.param("from", "2026-03-11")
			.param("until", "2026-06-01")
			.with(tongzhouOfficer)))).containsExactly("通州普法" + tag);
		// the municipal bureau reads every district, and may narrow to one
		RequestPostProcessor municipal = Principals.role(Role.MUNICIPAL_OFFICER, null, null);
		assertThat(topics(page(get("/operation/activities").param("name", tag).with(municipal))))
			.containsExactly("通州普法" + tag, "顺义培训" + tag, "通州培训" + tag);
		assertThat(topics(page(get("/operation/activities").param("name", tag)
			.param("district", SHUNYI)
			.with(municipal)))).containsExactly("顺义培训" + tag);
		// the base's name links to its activities
		Document row = page(get("/operation/activities").param("name", "活动总览乙" + tag).with(municipal));
		assertThat(row.select("#allActivityTable tr.activity-row a").first().attr("href"))
			.isEqualTo("/operation/bases/" + shunyi.baseId() + "/activities");
		// the same list through the API, and one base's activities as before
		mvc.perform(get("/api/v1/activities").param("name", tag).param("kind", "TRAINING").with(municipal))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].activity.topic").value(
					org.hamcrest.Matchers.contains("顺义培训" + tag, "通州培训" + tag)))
			.andExpect(jsonPath("$.content[0].unitName").value("活动总览乙" + tag + "科技有限公司"));
		mvc.perform(get("/api/v1/activities").param("name", tag).with(tongzhouOfficer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2));
		mvc.perform(get("/api/v1/activities").param("baseId", String.valueOf(shunyi.baseId())).with(tongzhouOfficer))
			.andExpect(status().isNotFound());
		// a unit has no such list; a bad date is refused without an error page
		mvc.perform(get("/operation/activities").with(Principals.role(Role.APPLICANT, TONGZHOU, tongzhou.unitId())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/operation/activities").param("from", "2026-13-45").with(tongzhouOfficer))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void morePagesOfActivitiesCostNoMoreStatementsAndNeverCountTheWholeList() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		var base = fixtures.designate("活动分页" + tag + "科技有限公司", SHUNYI, BaseType.POINT);
		insert(base, tag, 3);
		RequestPostProcessor officer = Principals.role(Role.DISTRICT_OFFICER, SHUNYI, null);
		StatementCounter.reset();
		page(get("/operation/activities").param("name", tag).with(officer));
		long few = StatementCounter.count();

		insert(base, tag, Paging.DEFAULT_SIZE * 6);
		StatementCounter.reset();
		Document many = page(get("/operation/activities").param("name", tag).with(officer));
		assertThat(StatementCounter.count()).isLessThanOrEqualTo(few + 1);
		assertThat(StatementCounter.statements())
			.noneMatch(sql -> sql.startsWith("select count(") && sql.contains(" from base_activity "));
		assertThat(topics(many)).hasSize(Paging.DEFAULT_SIZE);
		assertThat(many.select("a[href*=page=1]")).isNotEmpty();
	}

	@Test
	void theExportWritesEveryFilteredActivityOnceNewestFirstAcrossItsBatches() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		var base = fixtures.designate("活动导出" + tag + "科技有限公司", TONGZHOU, BaseType.POINT);
		// more than two batches, several activities on each day: the keyset must go on by id within a day
		int count = 1_203;
		insert(base, tag, count);
		MvcResult started = mvc.perform(get("/operation/activities.xlsx").param("name", tag)
			.with(Principals.role(Role.IP_OFFICER, TONGZHOU, null)))
			.andExpect(request().asyncStarted())
			.andReturn();
		started.getAsyncResult(120_000);
		byte[] body = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位名称");
			assertThat(sheet.getLastRowNum()).isEqualTo(count);
			Set<String> topics = new HashSet<>();
			String previous = "9999-12-31";
			for (int i = 1; i <= count; i++) {
				var row = sheet.getRow(i);
				assertThat(row.getCell(0).getStringCellValue()).contains(tag);
				String heldOn = row.getCell(2).getStringCellValue();
				assertThat(heldOn).isLessThanOrEqualTo(previous);
				previous = heldOn;
				topics.add(row.getCell(4).getStringCellValue());
			}
			assertThat(topics).hasSize(count);
		}
		// the audit entry is written after the commit, by the audit module's listener
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ACTIVITIES_EXPORTED' "
					+ "and detail = ?", Long.class, count + " rows") > 0);
		// another district's officer exports none of them
		MvcResult other = mvc.perform(get("/operation/activities.xlsx").param("name", tag)
			.with(Principals.role(Role.DISTRICT_OFFICER, SHUNYI, null)))
			.andReturn();
		other.getAsyncResult(120_000);
		byte[] empty = mvc.perform(asyncDispatch(other)).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(empty))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
		}
	}

	/** Activities written straight into the table (as many as a list needs), five per day. */
	private void insert(OperationFixtures.Designated base, String tag, int count) {
		List<Object[]> rows = new ArrayList<>();
		LocalDate day = LocalDate.of(2026, 1, 1);
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { base.baseId(), base.unitId(), base.district(), "TRAINING",
					Date.valueOf(day.plusDays(i / 5)), "批量" + tag + "-" + i, false, "会议室", 10, "法务部", "test",
					Timestamp.from(Instant.now()) });
		}
		jdbc.batchUpdate("insert into base_activity (base_id, unit_id, district_code, kind, held_on, topic, online, "
				+ "place, participants, organiser, recorded_by, recorded_at, version, evidence_count) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)", rows);
	}
}
