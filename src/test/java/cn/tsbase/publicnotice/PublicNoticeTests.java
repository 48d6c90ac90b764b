package cn.tsbase.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.shared.IdCardNumber;
import cn.tsbase.shared.security.Role;

/** A notice goes live, the public objects, the officers handle it with the district, and the list is published. */
@IntegrationTest
class PublicNoticeTests {

	private static final Pattern RECEIPT = Pattern.compile("id=\"receiptNo\">([^<]+)<");
	private static final Pattern CODE = Pattern.compile("id=\"secretCode\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	NoticeService notices;

	@Autowired
	NoticeFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	/** A working week of 2026 (whose calendar ships), whatever day the tests run on. */
	static final java.time.Instant MONDAY = java.time.Instant.parse("2026-06-01T01:00:00Z");

	@org.junit.jupiter.api.BeforeEach
	void fixClock() {
		clock.setTo(MONDAY);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	NoticeView liveNotice(String... unitNames) {
		return fixtures.liveNotice("2026年度拟入选名单公示", NoticeFixtures.mixed(unitNames));
	}

	MvcResult fileObjection(NoticeView notice, int target, String website) throws Exception {
		return mvc.perform(post("/public/notices/{id}/objection", notice.id()).with(csrf())
			.param("target", String.valueOf(target))
			.param("name", "赵敏")
			.param("idNumber", IdCardNumber.withCheck("11010219800101001"))
			.param("phone", "13812345678")
			.param("email", "zhao@example.com")
			.param("grounds", "该单位近三年发生过商业秘密泄露事件，附有判决书。")
			.param("website", website)).andReturn();
	}

	@Test
	void theNoticeIsPublicCacheableAndShowsNoInternalData() throws Exception {
		NoticeView notice = liveNotice("公示甲科技有限公司", "公示乙园区");
		mvc.perform(get("/public/notices/{id}", notice.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(content().string(containsString("公示甲科技有限公司")))
			.andExpect(content().string(containsString("海淀区")))
			.andExpect(content().string(not(containsString(notice.entries().get(0).unit().uscc()))));
		mvc.perform(get("/public/notices")).andExpect(content().string(containsString(notice.title())));
		assertThat(notice.lastDay()).isEqualTo(notices.lastDay(notices.today(), 5));
	}

	@Test
	void theOfficersListShowsEachNoticeWithHowManyUnitsItLists() throws Exception {
		NoticeView notice = liveNotice("列表甲科技有限公司", "列表乙园区", "列表丙研究院");
		String page = mvc.perform(get("/notices").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String row = page.substring(page.indexOf("/notices/" + notice.id() + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("<td>3</td>");
	}

	@Test
	void thePublicObjectsFollowsItAndReadsTheReplyAfterTheDistrictVerified() throws Exception {
		NoticeView notice = liveNotice("被异议科技有限公司", "另一园区");
		MvcResult filed = fileObjection(notice, 0, "");
		String page = filed.getResponse().getContentAsString();
		Matcher receipt = RECEIPT.matcher(page);
		Matcher code = CODE.matcher(page);
		assertThat(receipt.find()).isTrue();
		assertThat(code.find()).isTrue();
		// the receipt names what was objected to and when, in Beijing time
		assertThat(page).contains("id=\"receiptNotice\">" + org.springframework.web.util.HtmlUtils.htmlEscape(notice.title()) + "<")
			.contains("id=\"receiptTarget\">被异议科技有限公司<")
			.containsPattern("id=\"receiptFiledAt\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}<");
		long objectionId = jdbc.queryForObject("select id from objection where receipt_no = ?", Long.class,
				receipt.group(1));
		assertThat(jdbc.queryForObject("select secret_hash from objection where id = ?", String.class, objectionId))
			.doesNotContain(code.group(1));

		mvc.perform(post("/public/objections/status").with(csrf())
			.param("receiptNo", receipt.group(1))
			.param("code", "WRONG123")).andExpect(content().string(containsString("不正确")));
		mvc.perform(post("/public/objections/status").with(csrf())
			.param("receiptNo", receipt.group(1).toLowerCase())
			.param("code", code.group(1)))
			.andExpect(content().string(containsString("已受理")))
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(not(containsString("13812345678"))));

		long version = jdbc.queryForObject("select version from objection where id = ?", Long.class, objectionId);
		mvc.perform(post("/notices/{n}/objections/{o}/verification", notice.id(), objectionId).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("version", String.valueOf(version))
			.param("request", "请核实该单位是否发生泄密事件")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/verifications/{id}", objectionId).with(Principals.role(Role.DISTRICT_OFFICER, "110108",
				null))).andExpect(status().isNotFound());
		mvc.perform(get("/verifications/{id}", objectionId).with(Principals.role(Role.DISTRICT_OFFICER, "110102",
				null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(not(containsString("13812345678"))));
		version = jdbc.queryForObject("select version from objection where id = ?", Long.class, objectionId);
		mvc.perform(post("/verifications/{id}", objectionId).with(csrf())
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null))
			.param("version", String.valueOf(version))
			.param("findings", "经核实，所称事件发生在其他单位。")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/notices/{n}/objections/{o}", notice.id(), objectionId)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(content().string(containsString("13812345678")))
			.andExpect(content().string(containsString("经核实，所称事件发生在其他单位。")));
		version = jdbc.queryForObject("select version from objection where id = ?", Long.class, objectionId);
		mvc.perform(post("/notices/{n}/objections/{o}/decision", notice.id(), objectionId).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("version", String.valueOf(version))
			.param("decision", "DISMISSED")
			.param("reply", "经调查核实，异议所称情况不属实，不予支持。")).andExpect(status().is3xxRedirection());

		mvc.perform(post("/public/objections/status").with(csrf())
			.param("receiptNo", receipt.group(1))
			.param("code", code.group(1)))
			.andExpect(content().string(containsString("异议不成立")))
			.andExpect(content().string(containsString("经调查核实，异议所称情况不属实")));
	}

	@Test
	void aRobotFillingTheHoneypotStoresNothingAndOutsideThePeriodTheFormRefuses() throws Exception {
		NoticeView notice = liveNotice("蜜罐测试有限公司");
		long before = jdbc.queryForObject("select count(*) from objection where notice_id = ?", Long.class,
				notice.id());
		fileObjection(notice, 0, "http://spam.example");
		assertThat(jdbc.queryForObject("select count(*) from objection where notice_id = ?", Long.class,
				notice.id())).isEqualTo(before);

		clock.advance(Duration.ofDays(30));
		MvcResult late = fileObjection(notice, 0, "");
		assertThat(late.getResponse().getContentAsString()).contains("当前不接受异议");
		assertThat(jdbc.queryForObject("select count(*) from objection where notice_id = ?", Long.class,
				notice.id())).isEqualTo(before);
	}

	@Test
	void anInvalidIdNumberIsRefused() throws Exception {
		NoticeView notice = liveNotice("身份证测试有限公司");
		mvc.perform(post("/public/notices/{id}/objection", notice.id()).with(csrf())
			.param("target", "0")
			.param("name", "某人")
			.param("idNumber", "110102198001010010")
			.param("phone", "13812345678")
			.param("grounds", "理由"))
			.andExpect(content().string(containsString("身份证号码无效")));
	}

	@Test
	void theListIsPublishedOnlyAfterThePeriodWithEveryObjectionAnsweredAndAnUpheldOneRemovesTheUnit()
			throws Exception {
		NoticeView notice = liveNotice("成立异议有限公司", "保留园区");
		fileObjection(notice, 0, "");
		long objectionId = jdbc.queryForObject("select id from objection where notice_id = ?", Long.class,
				notice.id());
		String number = "京市监发〔2026〕" + ThreadLocalRandom.current().nextInt(1_000_000) + "号";

		clock.advance(Duration.ofDays(20));
		mvc.perform(post("/notices/{id}/publication", notice.id()).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("documentNumber", number)
			.param("documentDate", LocalDate.now().toString())).andExpect(status().isConflict())
			.andExpect(content().string(containsString("尚有异议未答复")));
		clock.setTo(MONDAY);
		long version = jdbc.queryForObject("select version from objection where id = ?", Long.class, objectionId);
		mvc.perform(post("/notices/{n}/objections/{o}/decision", notice.id(), objectionId).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("version", String.valueOf(version))
			.param("decision", "UPHELD")
			.param("reply", "异议成立。")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/notices/{id}/publication", notice.id()).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("documentNumber", number)
			.param("documentDate", LocalDate.now().toString())).andExpect(status().isConflict())
			.andExpect(content().string(containsString("公示期尚未结束")));

		clock.advance(Duration.ofDays(20));
		mvc.perform(post("/notices/{id}/publication", notice.id()).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("documentNumber", number)
			.param("documentDate", LocalDate.now().toString())).andExpect(status().is3xxRedirection());

		byte[] pdf = mvc.perform(get("/notices/{id}/document.pdf", notice.id())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(number, "保留园区").doesNotContain("成立异议有限公司");
		}
		byte[] docx = mvc.perform(get("/notices/{id}/document.docx", notice.id())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(extractor.getText()).contains(number, "保留园区").doesNotContain("成立异议有限公司");
		}
		NoticeView other = liveNotice("重复文号测试");
		clock.advance(Duration.ofDays(20));
		mvc.perform(post("/notices/{id}/publication", other.id()).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("documentNumber", number)
			.param("documentDate", LocalDate.now().toString())).andExpect(status().isConflict());
	}

	@Test
	void duringThePeriodPublishingIsDisabledWithTheReasonAndTheDayItBecomesPossible() throws Exception {
		NoticeView notice = liveNotice("发文未到期有限公司");
		String page = mvc.perform(get("/notices/{id}", notice.id())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var document = org.jsoup.Jsoup.parse(page);
		assertThat(document.getElementById("publishBlocked").text()).isEqualTo("公示期至 " + notice.lastDay()
				+ " 结束，" + notice.lastDay().plusDays(1) + " 起方可发文。");
		assertThat(document.select("#publishForm fieldset").hasAttr("disabled")).isTrue();
		assertThat(document.getElementById("noticeStatus").text()).isEqualTo("公示中");

		// an objection still open blocks it once the period is over, with the count
		fileObjection(notice, 0, "");
		clock.advance(Duration.ofDays(20));
		document = org.jsoup.Jsoup.parse(mvc.perform(get("/notices/{id}", notice.id())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andReturn().getResponse().getContentAsString());
		assertThat(document.getElementById("publishBlocked").text()).isEqualTo("尚有 1 件异议未答复，全部答复后方可发文。");
		assertThat(document.getElementById("noticeStatus").text()).isEqualTo("公示期已结束，待发文");
	}

	@Test
	void aRefusedPublicationReturnsToTheNoticeWithTheReason() throws Exception {
		NoticeView notice = liveNotice("发文退回有限公司");
		String noticePage = "/notices/" + notice.id();
		mvc.perform(post("/notices/{id}/publication", notice.id()).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.header("Referer", "http://localhost" + noticePage)
			.param("documentNumber", "京市监发〔2026〕1号")
			.param("documentDate", LocalDate.now().toString()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", noticePage))
			.andExpect(flash().attribute("flashError", "publication.periodNotOver"));

		// a page of another site is never where it leads: the error page, without a link there
		mvc.perform(post("/notices/{id}/publication", notice.id()).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.header("Referer", "http://evil.example" + noticePage)
			.param("documentNumber", "京市监发〔2026〕1号")
			.param("documentDate", LocalDate.now().toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("公示期尚未结束")))
			.andExpect(content().string(not(containsString("evil.example"))));

		// a refused page reached by a link links back to where the user came from
		mvc.perform(get("/notices/{id}/replacement", notice.id())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk());
		jdbc.update("update public_notice set status = 'PUBLISHED' where id = ?", notice.id());
		mvc.perform(get("/notices/{id}/replacement", notice.id())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.header("Referer", "http://localhost" + noticePage))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"backLink\" href=\"" + noticePage + "\"")));
	}

	@Test
	void theOfficersListShowsEachNoticeAsOfToday() throws Exception {
		NoticeView notice = liveNotice("状态按日显示有限公司");
		assertThat(statusInTheList(notice)).isEqualTo("公示中");
		clock.advance(Duration.ofDays(20));
		assertThat(statusInTheList(notice)).isEqualTo("公示期已结束，待发文");
	}

	private String statusInTheList(NoticeView notice) throws Exception {
		String page = mvc.perform(get("/notices").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var row = org.jsoup.Jsoup.parse(page).select("#noticeTable a[href=\"/notices/" + notice.id() + "\"]")
			.first()
			.closest("tr");
		return row.select("td").last().text();
	}

	@Test
	void theNoticeFormsArePreFilledWithTextNotTemplateCodeOrMarkup() throws Exception {
		long list = fixtures.proposedList(NoticeFixtures.mixed("表单预填甲有限公司"));
		var form = org.jsoup.Jsoup.parse(mvc.perform(get("/notices/new").param("list", String.valueOf(list))
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andReturn().getResponse().getContentAsString());
		assertThat(form.getElementById("title").val()).isEqualTo("2026 年度北京市商业秘密保护示范基地拟入选名单公示");

		NoticeView notice = fixtures.liveNotice("更正预填公示", NoticeFixtures.mixed("表单预填乙有限公司"));
		var page = org.jsoup.Jsoup.parse(mvc.perform(get("/notices/{id}", notice.id())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#correctForm #title").val()).isEqualTo("更正预填公示");
		assertThat(page.select("#correctForm #body").val()).isEqualTo("现予公示");
		var replacement = org.jsoup.Jsoup.parse(mvc.perform(get("/notices/{id}/replacement", notice.id())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andReturn().getResponse().getContentAsString());
		assertThat(replacement.getElementById("title").val()).isEqualTo("更正预填公示");
		assertThat(replacement.getElementById("body").val()).isEqualTo("现予公示");
	}
}
