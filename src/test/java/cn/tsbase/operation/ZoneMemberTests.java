package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.security.Role;

/**
 * A zone's member units (成员单位): the zone's own people add them by credit code (checked, matched to registered
 * units), change and remove them, import them from Excel all or nothing and export them; the district reads; nobody
 * else finds them. Every test works on a zone of its own and checks the rows by that zone's id.
 */
@IntegrationTest
class ZoneMemberTests {

	static final String HAIDIAN = "110108";
	static final String CHAOYANG = "110105";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	OperationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OperationFixtures(bases, jdbc);
	}

	static RequestPostProcessor unit(OperationFixtures.Designated zone) {
		return Principals.role(Role.LIAISON, zone.district(), zone.unitId());
	}

	ResultActions add(OperationFixtures.Designated zone, String uscc, String name) throws Exception {
		return mvc.perform(post("/operation/bases/{id}/members", zone.baseId()).with(unit(zone))
			.with(csrf())
			.param("uscc", uscc)
			.param("name", name));
	}

	long members(OperationFixtures.Designated zone) {
		return jdbc.queryForObject("select count(*) from zone_member where base_id = ?", Long.class, zone.baseId());
	}

	long audited(String event, OperationFixtures.Designated zone) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, String.valueOf(zone.baseId()));
	}

	static int thisYear() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}

	@Test
	void aMemberIsAddedByItsCreditCodeAndMatchedToTheRegisteredUnit() throws Exception {
		var zone = fixtures.designate("成员添加科技园区", HAIDIAN, BaseType.ZONE);
		assertThat(members(zone)).isZero();
		var registered = units.register("园区注册成员科技有限公司", HAIDIAN);
		String list = "/operation/bases/" + zone.baseId() + "/members";

		add(zone, registered.unit().getUscc(), "").andExpect(redirectedUrl(list));
		String unregistered = UsccFixtures.random(HAIDIAN);
		add(zone, unregistered, "").andExpect(status().isOk())
			.andExpect(content().string(containsString("该统一社会信用代码未在平台注册")));
		add(zone, unregistered, "未注册成员有限公司").andExpect(redirectedUrl(list));
		String wrongCheck = unregistered.substring(0, 17) + (unregistered.charAt(17) == '0' ? '1' : '0');
		add(zone, wrongCheck, "校验码错误有限公司").andExpect(status().isOk())
			.andExpect(content().string(containsString("校验码（第 18 位）不正确")));
		add(zone, unregistered.toLowerCase(), "重复").andExpect(status().isOk())
			.andExpect(content().string(containsString("已是本园区的成员单位")));

		assertThat(members(zone)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select name from zone_member where base_id = ? and uscc = ?", String.class,
				zone.baseId(), registered.unit().getUscc())).isEqualTo("园区注册成员科技有限公司");
		assertThat(jdbc.queryForObject("select registered_unit_id from zone_member where base_id = ? and uscc = ?",
				Long.class, zone.baseId(), registered.unit().getUscc())).isEqualTo(registered.unit().getId());
		assertThat(jdbc.queryForObject("select count(*) from zone_member where uscc in (?, ?) and base_id <> ?",
				Long.class, registered.unit().getUscc(), unregistered, zone.baseId())).isZero();

		Document page = page(list, unit(zone));
		assertThat(page.select("#memberTable tbody tr")).hasSize(2);
		assertThat(page.select("#memberTable tr[data-uscc=" + registered.unit().getUscc() + "]").text())
			.contains("园区注册成员科技有限公司", "已注册");
		assertThat(page.select("#memberForm")).hasSize(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("ZONE_MEMBER_ADDED", zone) == 2);
	}

	@Test
	void aMemberIsChangedWithItsVersionAndRemovedWithADate() throws Exception {
		var zone = fixtures.designate("成员变更科技园区", HAIDIAN, BaseType.ZONE);
		String uscc = UsccFixtures.random(HAIDIAN);
		add(zone, uscc, "变更成员有限公司");
		long id = jdbc.queryForObject("select id from zone_member where base_id = ?", Long.class, zone.baseId());
		long version = jdbc.queryForObject("select version from zone_member where id = ?", Long.class, id);
		String list = "/operation/bases/" + zone.baseId() + "/members";

		mvc.perform(post("/operation/bases/{id}/members/{m}", zone.baseId(), id).with(unit(zone))
			.with(csrf())
			.param("hasRules", "true")
			.param("rulesOn", "2024-05-01")
			.param("rulesDocument", "商业秘密保护管理办法")
			.param("trainedPeople", "12")
			.param("cultivated", "true")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl(list));
		mvc.perform(post("/operation/bases/{id}/members/{m}", zone.baseId(), id).with(unit(zone))
			.with(csrf())
			.param("trainedPeople", "3")
			.param("version", String.valueOf(version))).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select people from zone_member_training where member_id = ? "
				+ "and training_year = ?", Integer.class, id, thisYear())).isEqualTo(12);
		assertThat(jdbc.queryForObject("select rules_document from zone_member where id = ?", String.class, id))
			.isEqualTo("商业秘密保护管理办法");

		long current = jdbc.queryForObject("select version from zone_member where id = ?", Long.class, id);
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
		mvc.perform(post("/operation/bases/{id}/members/{m}/remove", zone.baseId(), id).with(unit(zone))
			.with(csrf())
			.param("removedOn", tomorrow)
			.param("version", String.valueOf(current)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/operation/bases/{id}/members/{m}/remove", zone.baseId(), id).with(unit(zone))
			.with(csrf())
			.param("removedOn", "2026-01-15")
			.param("version", String.valueOf(current))).andExpect(redirectedUrl(list));
		assertThat(jdbc.queryForObject("select removed_on from zone_member where id = ?", LocalDate.class, id))
			.isEqualTo(LocalDate.of(2026, 1, 15));
		Document page = page(list, Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null));
		assertThat(page.select("#memberTable tbody tr .status").text()).contains("2026-01-15");
		assertThat(page.select("#memberForm")).isEmpty();

		// a former member joins again: the same record is current once more
		add(zone, uscc, "变更成员有限公司").andExpect(redirectedUrl(list));
		assertThat(members(zone)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from zone_member where id = ? and removed_on is null",
				Long.class, id)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> audited("ZONE_MEMBER_CHANGED", zone) == 1 && audited("ZONE_MEMBER_REMOVED", zone) == 1);
	}

	@Test
	void anImportWithAnyBadRowImportsNothingAndReportsEveryRow() throws Exception {
		var zone = fixtures.designate("成员导入科技园区", HAIDIAN, BaseType.ZONE);
		String first = UsccFixtures.random(HAIDIAN);
		String second = UsccFixtures.random(HAIDIAN);
		String third = UsccFixtures.random(HAIDIAN);
		String wrongCheck = third.substring(0, 17) + (third.charAt(17) == '0' ? '1' : '0');
		byte[] bad = workbook(List.of(
				List.of("导入成员甲有限公司", first, "是", "2024-03-01", "保密制度", "20", "否"),
				List.of("校验错误有限公司", wrongCheck, "否", "", "", "", "否"),
				List.of("重复有限公司", first, "否", "", "", "5", "否"),
				List.of("是否错误有限公司", second, "也许", "", "", "-3", "否")));
		String html = mvc.perform(multipart("/operation/bases/{id}/members/import", zone.baseId())
			.file(new MockMultipartFile("file", "members.xlsx", "application/octet-stream", bad))
			.with(unit(zone))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		String report = page.select("#importReport").text();
		assertThat(report).contains("未导入任何一行", "第 3 行", "第 4 行：统一社会信用代码 " + first + " 与前面的行重复",
				"第 5 行：“是否建立商业秘密保护制度（是/否）”应填“是”或“否”，您填写的是“也许”", "第 5 行：培训人数“-3”");
		assertThat(report).doesNotContain("第 2 行");
		assertThat(members(zone)).isZero();

		String list = "/operation/bases/" + zone.baseId() + "/members";
		byte[] good = workbook(List.of(
				List.of("导入成员甲有限公司", first, "是", "2024-03-01", "保密制度", "20", "否"),
				List.of("导入成员乙有限公司", second, "否", "", "", "0", "是")));
		mvc.perform(multipart("/operation/bases/{id}/members/import", zone.baseId())
			.file(new MockMultipartFile("file", "members.xlsx", "application/octet-stream", good))
			.with(unit(zone))
			.with(csrf())).andExpect(redirectedUrl(list));
		assertThat(members(zone)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from zone_member where uscc in (?, ?) and base_id <> ?",
				Long.class, first, second, zone.baseId())).isZero();

		// importing again updates by credit code instead of adding
		byte[] again = workbook(List.of(List.of("导入成员甲有限公司", first, "是", "2024-03-01", "保密制度", "25", "是")));
		mvc.perform(multipart("/operation/bases/{id}/members/import", zone.baseId())
			.file(new MockMultipartFile("file", "members.xlsx", "application/octet-stream", again))
			.with(unit(zone))
			.with(csrf())).andExpect(redirectedUrl(list));
		assertThat(members(zone)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select t.people from zone_member_training t join zone_member m "
				+ "on m.id = t.member_id where m.base_id = ? and m.uscc = ?", Integer.class, zone.baseId(), first))
			.isEqualTo(25);
		mvc.perform(multipart("/operation/bases/{id}/members/import", zone.baseId())
			.file(new MockMultipartFile("file", "members.txt", "text/plain", "x".getBytes()))
			.with(unit(zone))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无法读取该文件")));
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("ZONE_MEMBERS_IMPORTED", zone) == 2);
	}

	@Test
	void theListExportsAsExcelAndAnswersAsJson() throws Exception {
		var zone = fixtures.designate("成员导出科技园区", HAIDIAN, BaseType.ZONE);
		add(zone, UsccFixtures.random(HAIDIAN), "导出成员甲有限公司");
		add(zone, UsccFixtures.random(HAIDIAN), "导出成员乙有限公司");

		byte[] xlsx = mvc.perform(get("/operation/bases/{id}/members.xlsx", zone.baseId())
			.with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("成员单位名称");
			assertThat(List.of(sheet.getRow(1).getCell(0).getStringCellValue(),
					sheet.getRow(2).getCell(0).getStringCellValue()))
				.containsExactlyInAnyOrder("导出成员甲有限公司", "导出成员乙有限公司");
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("ZONE_MEMBERS_EXPORTED", zone) == 1);

		mvc.perform(get("/api/v1/bases/{id}/members", zone.baseId())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators.members").value(2))
			.andExpect(jsonPath("$.indicators.year").value(thisYear()))
			.andExpect(jsonPath("$.members.totalElements").value(2))
			.andExpect(jsonPath("$.members.content[*].name",
					org.hamcrest.Matchers.containsInAnyOrder("导出成员甲有限公司", "导出成员乙有限公司")));
	}

	@Test
	void onlyTheZonesOwnPeopleKeepMembersAndOnlyItsDistrictAndTheBureauRead() throws Exception {
		var zone = fixtures.designate("成员权限科技园区", HAIDIAN, BaseType.ZONE);
		var point = fixtures.designate("成员权限科技有限公司", HAIDIAN, BaseType.POINT);
		String list = "/operation/bases/" + zone.baseId() + "/members";

		mvc.perform(get(list).with(Principals.role(Role.APPLICANT, HAIDIAN, zone.unitId()))).andExpect(status().isOk());
		mvc.perform(get(list).with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null))).andExpect(status().isOk());
		mvc.perform(get(list).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isOk());
		mvc.perform(get(list).with(Principals.role(Role.APPLICANT, HAIDIAN, point.unitId())))
			.andExpect(status().isNotFound());
		mvc.perform(get(list).with(Principals.role(Role.DISTRICT_OFFICER, CHAOYANG, null)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/bases/{id}/members", zone.baseId())
			.with(Principals.role(Role.DISTRICT_OFFICER, CHAOYANG, null))).andExpect(status().isNotFound());
		mvc.perform(get(list).with(Principals.role(Role.IP_OFFICER, HAIDIAN, null))).andExpect(status().isForbidden());
		mvc.perform(get(list).with(Principals.role(Role.EXPERT, null, null))).andExpect(status().isForbidden());
		// a base that is not a zone has no members
		mvc.perform(get("/operation/bases/{id}/members", point.baseId()).with(unit(point)))
			.andExpect(status().isNotFound());

		String uscc = UsccFixtures.random(HAIDIAN);
		mvc.perform(post(list).with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null))
			.with(csrf())
			.param("uscc", uscc)
			.param("name", "区局代填有限公司")).andExpect(status().isForbidden());
		mvc.perform(post(list).with(Principals.role(Role.APPLICANT, HAIDIAN, point.unitId()))
			.with(csrf())
			.param("uscc", uscc)
			.param("name", "别的单位代填有限公司")).andExpect(status().isNotFound());
		mvc.perform(post(list).with(unit(zone)).param("uscc", uscc).param("name", "无令牌有限公司"))
			.andExpect(status().isForbidden());
		assertThat(members(zone)).isZero();

		add(zone, uscc, "权限成员有限公司");
		long id = jdbc.queryForObject("select id from zone_member where base_id = ?", Long.class, zone.baseId());
		mvc.perform(get("/operation/bases/{id}/members/{m}/edit", zone.baseId(), id)
			.with(Principals.role(Role.APPLICANT, HAIDIAN, point.unitId()))).andExpect(status().isNotFound());
		mvc.perform(get("/operation/bases/{id}/members/{m}/edit", point.baseId(), id).with(unit(point)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/operation/bases/{id}/members/{m}/remove", point.baseId(), id).with(unit(point))
			.with(csrf())
			.param("removedOn", "2026-01-01")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(get("/operation/bases/{id}/members/{m}/edit", zone.baseId(), id).with(unit(zone)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("权限成员有限公司")));
		assertThat(jdbc.queryForObject("select count(*) from zone_member where id = ? and removed_on is null",
				Long.class, id)).isEqualTo(1);
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static byte[] workbook(List<? extends List<?>> rows) {
		return Spreadsheets.write("成员单位", cn.tsbase.operation.internal.ZoneMemberImport.HEADERS,
				rows.stream().map(r -> List.<Object>copyOf(r)).toList());
	}
}
