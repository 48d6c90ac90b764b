package cn.tsbase.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.publicnotice.internal.Objector;
import cn.tsbase.shared.IdCardNumber;
import cn.tsbase.shared.security.Role;
import cn.tsbase.publicnotice.internal.ObjectionFiling;

/**
 * The notice's JSON API: the public reads notices and follows an objection, the municipal bureau runs the notice and
 * its objections, a district verifies, and the list is published, with the pages' refusals.
 */
@IntegrationTest
class NoticeApiTests {

	/** A working week of 2026 (whose calendar ships), whatever day the tests run on. */
	static final Instant MONDAY = Instant.parse("2026-06-01T01:00:00Z");

	static final String XICHENG = "110102";

	static final String HAIDIAN = "110108";

	static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	NoticeService notices;

	@Autowired
	ObjectionFiling filing;

	@Autowired
	NoticeFixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void fixClock() {
		clock.setTo(MONDAY);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	// ---------------------------------------------------------------- fixtures

	static RequestPostProcessor city() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	/** A client address of its own, so that rate limits of the shared limiter do not mix tests. */
	static RequestPostProcessor client() {
		String address = "10.77." + (CLIENTS.get() / 250) + "." + (CLIENTS.incrementAndGet() % 250 + 1);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A proposed list (first unit in Xicheng, the others in Haidian) as the selection decides it. */
	long proposedList(String... unitNames) {
		return fixtures.proposedList(NoticeFixtures.mixed(unitNames));
	}

	NoticeView liveNotice(String... unitNames) {
		return notices.createNotice(proposedList(unitNames), "2026年度拟入选名单公示（接口）", "<p>现予公示</p>",
				"通过本平台提出书面实名异议。", notices.today(), 5, "city");
	}

	ObjectionFiling.Receipt objectTo(NoticeView notice, int target) {
		return filing.fileObjection(notice.id(),
				new Objector("赵敏", IdCardNumber.withCheck("11010219800101001"), null, null, "13812345678",
						"zhao@example.com"),
				target, "该单位近三年发生过商业秘密泄露事件，附有判决书。");
	}

	static String json(Object... keysAndValues) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		StringBuilder out = new StringBuilder("{");
		fields.forEach((key, value) -> {
			if (out.length() > 1) {
				out.append(',');
			}
			out.append('"').append(key).append("\":");
			if (value == null || value instanceof Number || value instanceof Boolean) {
				out.append(value);
			}
			else {
				out.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
		});
		return out.append('}').toString();
	}

	/** As in the servlet container, where the servlet path tells the error handler that this is the API. */
	ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(r -> {
			r.setServletPath(r.getRequestURI());
			return r;
		}));
	}

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
			throws Exception {
		request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
		if (who != null) {
			request.with(who);
		}
		return perform(request);
	}

	long versionOf(String path, Object... variables) throws Exception {
		String body = perform(get(path, variables).with(city()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.version")).longValue();
	}

	long objectionVersion(NoticeView notice, long objectionId) throws Exception {
		return versionOf("/api/v1/notices/{n}/objections/{o}", notice.id(), objectionId);
	}

	long noticeVersion(long noticeId) throws Exception {
		String body = perform(get("/api/v1/notices/{id}", noticeId).with(city()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.summary.version")).longValue();
	}

	/** The ids of the notices the public list shows, over all its pages. */
	List<Integer> publicNoticeIds() throws Exception {
		List<Integer> ids = new ArrayList<>();
		for (int page = 0; page < 50; page++) {
			String body = perform(get("/api/v1/public/notices").param("page", String.valueOf(page))
				.param("size", "100")).andReturn().getResponse().getContentAsString();
			ids.addAll(JsonPath.read(body, "$.content[*].id"));
			if (page + 1 >= (Integer) JsonPath.read(body, "$.totalPages")) {
				break;
			}
		}
		return ids;
	}

	// ---------------------------------------------------------------- the public

	@Test
	void thePublicReadsTheNoticesAndTheirUnitsWithoutInternalDataOrLogin() throws Exception {
		NoticeView notice = liveNotice("接口公示甲科技有限公司", "接口公示乙园区");
		String uscc = notice.entries().get(0).unit().uscc();

		perform(get("/api/v1/public/notices").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.size").value(1));
		assertThat(publicNoticeIds()).contains((int) notice.id());

		perform(get("/api/v1/public/notices/{id}", notice.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(jsonPath("$.title").value(notice.title()))
			.andExpect(jsonPath("$.openForObjections").value(true))
			.andExpect(jsonPath("$.lastDay").value(notice.lastDay().toString()))
			.andExpect(jsonPath("$.units", hasSize(2)))
			.andExpect(jsonPath("$.units[0].no").value(1))
			.andExpect(jsonPath("$.units[0].name").value("接口公示甲科技有限公司"))
			.andExpect(jsonPath("$.units[0].baseType").value("POINT"))
			.andExpect(jsonPath("$.units[0].district").value("西城区"))
			.andExpect(jsonPath("$.units[0].industry").value("软件和信息服务业"))
			.andExpect(jsonPath("$.units[1].district").value("海淀区"))
			.andExpect(jsonPath("$.units[0].uscc").doesNotExist())
			.andExpect(jsonPath("$.units[0].declarationId").doesNotExist())
			.andExpect(jsonPath("$.units[0].unitId").doesNotExist())
			.andExpect(content().string(not(containsString(uscc))));

		perform(get("/api/v1/public/notices/{id}", 987654321L))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void aUnitRemovedByAnUpheldObjectionLeavesThePublicList() throws Exception {
		NoticeView notice = liveNotice("接口被移出有限公司", "接口留下园区");
		ObjectionFiling.Receipt receipt = objectTo(notice, 0);
		send(post("/api/v1/notices/{n}/objections/{o}/decision", notice.id(), receipt.objectionId()), city(),
				json("version", objectionVersion(notice, receipt.objectionId()), "decision", "UPHELD", "reply",
						"异议成立。"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"));

		perform(get("/api/v1/public/notices/{id}", notice.id()))
			.andExpect(jsonPath("$.units", hasSize(1)))
			.andExpect(jsonPath("$.units[0].no").value(2))
			.andExpect(jsonPath("$.units[0].name").value("接口留下园区"))
			.andExpect(content().string(not(containsString("接口被移出有限公司"))));
		perform(get("/api/v1/notices/{id}", notice.id()).with(city()))
			.andExpect(jsonPath("$.units", hasSize(2)))
			.andExpect(jsonPath("$.units[0].removed").value(true))
			.andExpect(jsonPath("$.units[1].removed").value(false));
		// the decision is on the trail under the officer who took it (the audit module records the objection's event)
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'OBJECTION_UPHELD' "
					+ "and object_id = ? and actor = 'test-municipal_officer'", Long.class,
					String.valueOf(receipt.objectionId())) == 1);
	}

	@Test
	void theObjectorLooksUpTheStatusWithPersonalDataMaskedAndAWrongCodeAnswersLikeAnUnknownNumber()
			throws Exception {
		NoticeView notice = liveNotice("接口查询测试有限公司");
		ObjectionFiling.Receipt receipt = objectTo(notice, 0);
		RequestPostProcessor client = client();

		send(post("/api/v1/public/objections/status"), client,
				json("receiptNo", receipt.receiptNo().toLowerCase(), "code", receipt.secretCode()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.receiptNo").value(receipt.receiptNo()))
			.andExpect(jsonPath("$.targetUnitName").value("接口查询测试有限公司"))
			.andExpect(jsonPath("$.objectorName").value("赵*"))
			.andExpect(jsonPath("$.phone").value("138****5678"))
			.andExpect(jsonPath("$.status").value("FILED"))
			.andExpect(jsonPath("$.reply").doesNotExist())
			.andExpect(content().string(not(containsString("13812345678"))))
			.andExpect(content().string(not(containsString("赵敏"))))
			.andExpect(content().string(not(containsString("zhao@example.com"))))
			.andExpect(content().string(not(containsString("110102198001010"))))
			.andExpect(header().string("Cache-Control", containsString("no-store")));

		send(post("/api/v1/public/objections/status"), client,
				json("receiptNo", receipt.receiptNo(), "code", "WRONG123"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("受理编号或查询码不正确。"));
		send(post("/api/v1/public/objections/status"), client, json("receiptNo", "991231ZZZZZZ", "code",
				receipt.secretCode()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("受理编号或查询码不正确。"));
		send(post("/api/v1/public/objections/status"), client, json("receiptNo", " ", "code", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("receiptNo")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")))
			.andExpect(jsonPath("$.errors[0].message").value("请填写受理编号和查询码。"));

		long version = objectionVersion(notice, receipt.objectionId());
		send(post("/api/v1/notices/{n}/objections/{o}/decision", notice.id(), receipt.objectionId()), city(),
				json("version", version, "decision", "DISMISSED", "reply", "经调查核实，异议所称情况不属实，不予支持。"))
			.andExpect(status().isOk());
		send(post("/api/v1/public/objections/status"), client,
				json("receiptNo", receipt.receiptNo(), "code", receipt.secretCode()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.decision").value("DISMISSED"))
			.andExpect(jsonPath("$.reply").value("经调查核实，异议所称情况不属实，不予支持。"));
	}

	@Test
	void theStatusLookupIsRateLimitedPerClient() throws Exception {
		RequestPostProcessor client = client();
		for (int i = 0; i < 30; i++) {
			send(post("/api/v1/public/objections/status"), client, json("receiptNo", "000000NOSUCH", "code", "X"))
				.andExpect(status().isNotFound());
		}
		send(post("/api/v1/public/objections/status"), client, json("receiptNo", "000000NOSUCH", "code", "X"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(429));
		// the page counts against the same limit: switching buys no attempts
		mvc.perform(post("/public/objections/status").with(csrf()).with(client)
			.param("receiptNo", "000000NOSUCH")
			.param("code", "X")).andExpect(status().isTooManyRequests());
		send(post("/api/v1/public/objections/status"), client(), json("receiptNo", "000000NOSUCH", "code", "X"))
			.andExpect(status().isNotFound());
		clock.advance(Duration.ofMinutes(11));
		send(post("/api/v1/public/objections/status"), client, json("receiptNo", "000000NOSUCH", "code", "X"))
			.andExpect(status().isNotFound());
	}

	// ---------------------------------------------------------------- the municipal bureau: notices

	@Test
	void theOfficerPublishesANoticeFromAWaitingListAndCorrectsItsText() throws Exception {
		long listId = proposedList("接口待公示科技有限公司", "接口待公示园区");
		perform(get("/api/v1/proposed-lists").with(city()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(listId)))
			.andExpect(jsonPath("$[?(@.id == " + listId + ")].units[0].unitName").value("接口待公示科技有限公司"))
			.andExpect(jsonPath("$[?(@.id == " + listId + ")].units[0].uscc").exists());

		LocalDate firstDay = LocalDate.of(2026, 6, 2);
		String created = send(post("/api/v1/notices"), city(),
				json("listId", listId, "title", "接口公示标题", "body", "<p>现予公示</p><script>alert(1)</script>",
						"instructions", "书面实名异议。", "firstDay", firstDay.toString(), "workingDays", 5))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/notices/")))
			.andExpect(jsonPath("$.summary.status").value("LIVE"))
			.andExpect(jsonPath("$.summary.listId").value(listId))
			.andExpect(jsonPath("$.summary.lastDay").value(notices.lastDay(firstDay, 5).toString()))
			.andExpect(jsonPath("$.bodyHtml", not(containsString("script"))))
			.andExpect(jsonPath("$.units", hasSize(2)))
			.andExpect(jsonPath("$.publication").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.summary.id")).longValue();

		perform(get("/api/v1/proposed-lists").with(city())).andExpect(jsonPath("$[*].id", not(hasItem(listId))));
		perform(get("/api/v1/notices").param("size", "100").with(city()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(100));
		perform(get("/api/v1/notices/{id}", id).with(city()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.title").value("接口公示标题"))
			.andExpect(jsonPath("$.units[0].uscc").exists());

		send(post("/api/v1/notices"), city(), json("listId", listId, "title", "再次公示", "body", "<p>x</p>",
				"instructions", "x", "firstDay", firstDay.toString(), "workingDays", 5))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该名单已经发布过公示。"));
		send(post("/api/v1/notices"), city(), json("listId", proposedList("接口过去首日有限公司"), "title", "过去", "body",
				"<p>x</p>", "instructions", "x", "firstDay", "2026-05-29", "workingDays", 5))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("公示首日不能早于今天。"));
		send(post("/api/v1/notices"), city(), json("listId", 987654321L, "title", "无此名单", "body", "<p>x</p>",
				"instructions", "x", "firstDay", firstDay.toString(), "workingDays", 5))
			.andExpect(status().isNotFound());
		send(post("/api/v1/notices"), city(), json("listId", listId, "title", " ", "body", "<p>x</p>",
				"instructions", "x", "firstDay", firstDay.toString(), "workingDays", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("workingDays")))
			.andExpect(jsonPath("$.errors[?(@.field == 'workingDays')].message").value("公示期应为 1 到 60 个工作日。"));

		long version = noticeVersion(id);
		send(put("/api/v1/notices/{id}/text", id), city(), json("version", version, "title", "接口公示标题（更正）",
				"body", "<p>更正后的正文</p>", "instructions", "书面实名异议（更正）。"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.title").value("接口公示标题（更正）"))
			.andExpect(jsonPath("$.objectionInstructions").value("书面实名异议（更正）。"))
			.andExpect(jsonPath("$.summary.firstDay").value(firstDay.toString()));
		send(put("/api/v1/notices/{id}/text", id), city(), json("version", version, "title", "过时的更正", "body",
				"<p>x</p>", "instructions", "x"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("已被他人修改")));
		send(put("/api/v1/notices/{id}/text", id), city(), json("title", "没有版本", "body", "<p>x</p>",
				"instructions", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		perform(get("/api/v1/public/notices/{id}", id)).andExpect(jsonPath("$.title").value("接口公示标题（更正）"));
	}

	@Test
	void onlyTheMunicipalOfficerRunsNoticesAndOnlyADistrictOfficerVerifies() throws Exception {
		NoticeView notice = liveNotice("接口权限测试有限公司");
		perform(get("/api/v1/notices/{id}", notice.id())).andExpect(status().isUnauthorized());
		perform(get("/api/v1/notices/{id}", notice.id()).with(district(XICHENG)))
			.andExpect(status().isForbidden());
		perform(get("/api/v1/notices").with(Principals.role(Role.APPLICANT, XICHENG, 1L)))
			.andExpect(status().isForbidden());
		perform(get("/api/v1/publications").with(district(XICHENG))).andExpect(status().isForbidden());
		perform(get("/api/v1/proposed-lists").with(Principals.role(Role.EXPERT, null, null)))
			.andExpect(status().isForbidden());
		send(post("/api/v1/notices/{id}/publication", notice.id()), district(XICHENG),
				json("documentNumber", "京市监发〔2026〕1号", "documentDate", "2026-06-01"))
			.andExpect(status().isForbidden());
		perform(get("/api/v1/verifications").with(city())).andExpect(status().isForbidden());
		perform(get("/api/v1/verifications")).andExpect(status().isUnauthorized());
	}

	// ---------------------------------------------------------------- objections with the district

	@Test
	void theOfficerHandlesAnObjectionWithTheDistrictWhichSeesOnlyItsOwnAndMaskedPersonalData() throws Exception {
		NoticeView notice = liveNotice("接口被异议科技有限公司", "接口另一园区");
		NoticeView other = liveNotice("接口别的公示有限公司");
		ObjectionFiling.Receipt receipt = objectTo(notice, 0);
		long id = receipt.objectionId();

		perform(get("/api/v1/notices/{n}/objections", notice.id()).with(city()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.content[0].objectorName").value("赵敏"))
			.andExpect(jsonPath("$.content[0].phone").value("13812345678"))
			.andExpect(jsonPath("$.content[0].objectorIdNumber").value(IdCardNumber.withCheck("11010219800101001")))
			.andExpect(jsonPath("$.content[0].targetNo").value(1))
			.andExpect(jsonPath("$.content[0].targetDistrict").value(XICHENG));
		perform(get("/api/v1/notices/{n}/objections", other.id()).with(city()))
			.andExpect(jsonPath("$.totalElements").value(0));
		perform(get("/api/v1/notices/{n}/objections", 987654321L).with(city())).andExpect(status().isNotFound());
		perform(get("/api/v1/notices/{n}/objections/{o}", other.id(), id).with(city()))
			.andExpect(status().isNotFound());
		send(post("/api/v1/notices/{n}/objections/{o}/verification", other.id(), id), city(),
				json("version", 0, "request", "请核实"))
			.andExpect(status().isNotFound());

		send(post("/api/v1/notices/{n}/objections/{o}/verification", notice.id(), id), city(),
				json("version", objectionVersion(notice, id), "request", " "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("请填写核实要求。"));
		send(post("/api/v1/notices/{n}/objections/{o}/verification", notice.id(), id), city(),
				json("version", objectionVersion(notice, id), "request", "请核实该单位是否发生泄密事件"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFYING"))
			.andExpect(jsonPath("$.verificationRequest").value("请核实该单位是否发生泄密事件"));

		// another district: not in its list, and the objection itself is "not found"
		perform(get("/api/v1/verifications").param("size", "100").with(district(HAIDIAN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		perform(get("/api/v1/verifications/{id}", id).with(district(HAIDIAN))).andExpect(status().isNotFound());
		send(post("/api/v1/verifications/{id}/findings", id), district(HAIDIAN),
				json("version", objectionVersion(notice, id), "findings", "越权"))
			.andExpect(status().isNotFound());

		perform(get("/api/v1/verifications").param("size", "100").with(district(XICHENG)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)))
			.andExpect(content().string(not(containsString("13812345678"))))
			.andExpect(content().string(not(containsString("赵敏"))));
		perform(get("/api/v1/verifications/{id}", id).with(district(XICHENG)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.objectorName").value("赵*"))
			.andExpect(jsonPath("$.phone").value("138****5678"))
			.andExpect(jsonPath("$.grounds").value("该单位近三年发生过商业秘密泄露事件，附有判决书。"))
			.andExpect(jsonPath("$.objectorIdNumber").doesNotExist())
			.andExpect(jsonPath("$.email").doesNotExist());
		long version = objectionVersion(notice, id);
		send(post("/api/v1/verifications/{id}/findings", id), district(XICHENG),
				json("version", version, "findings", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("请填写核实情况。"));
		send(post("/api/v1/verifications/{id}/findings", id), district(XICHENG),
				json("version", version, "findings", "经核实，所称事件发生在其他单位。"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.districtFindings").value("经核实，所称事件发生在其他单位。"));
		send(post("/api/v1/verifications/{id}/findings", id), district(XICHENG),
				json("version", version, "findings", "过时的版本"))
			.andExpect(status().isConflict());

		send(post("/api/v1/notices/{n}/objections/{o}/investigation", notice.id(), id), city(),
				json("version", objectionVersion(notice, id), "investigation", "调取了判决书原件。"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.investigation").value("调取了判决书原件。"))
			.andExpect(jsonPath("$.districtFindings").value("经核实，所称事件发生在其他单位。"));
		send(post("/api/v1/notices/{n}/objections/{o}/decision", notice.id(), id), city(),
				json("version", objectionVersion(notice, id), "decision", "DISMISSED", "reply", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("请填写书面答复。"));
		send(post("/api/v1/notices/{n}/objections/{o}/decision", notice.id(), id), city(),
				json("version", objectionVersion(notice, id), "decision", "MAYBE", "reply", "x"))
			.andExpect(status().isBadRequest());
		send(post("/api/v1/notices/{n}/objections/{o}/decision", notice.id(), id), city(),
				json("version", objectionVersion(notice, id), "decision", "DISMISSED", "reply", "异议不成立。"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.decision").value("DISMISSED"))
			.andExpect(jsonPath("$.decidedAt").exists());

		// decided: no second decision, no more verification or investigation, and the district's work is over
		long decided = objectionVersion(notice, id);
		send(post("/api/v1/notices/{n}/objections/{o}/decision", notice.id(), id), city(),
				json("version", decided, "decision", "UPHELD", "reply", "改为成立"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该异议已答复。"));
		send(post("/api/v1/notices/{n}/objections/{o}/verification", notice.id(), id), city(),
				json("version", decided, "request", "再核实"))
			.andExpect(status().isConflict());
		send(post("/api/v1/notices/{n}/objections/{o}/investigation", notice.id(), id), city(),
				json("version", decided, "investigation", "再调查"))
			.andExpect(status().isConflict());
		send(post("/api/v1/verifications/{id}/findings", id), district(XICHENG),
				json("version", decided, "findings", "补充"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该异议未转区核实。"));
		perform(get("/api/v1/verifications").param("size", "100").with(district(XICHENG)))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
	}

	// ---------------------------------------------------------------- publication

	@Test
	void theListIsPublishedOnlyAfterThePeriodWithEveryObjectionAnsweredAndUnderANumberNotUsedBefore()
			throws Exception {
		NoticeView notice = liveNotice("接口成立异议有限公司", "接口保留园区");
		ObjectionFiling.Receipt receipt = objectTo(notice, 0);
		String number = "京市监发〔2026〕接口" + ThreadLocalRandom.current().nextInt(1_000_000) + "号";

		send(post("/api/v1/notices/{id}/publication", notice.id()), city(),
				json("documentNumber", " ", "documentDate", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("documentNumber")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("documentDate")));
		send(post("/api/v1/notices/{id}/publication", 987654321L), city(),
				json("documentNumber", number, "documentDate", "2026-06-22"))
			.andExpect(status().isNotFound());

		clock.advance(Duration.ofDays(20));
		send(post("/api/v1/notices/{id}/publication", notice.id()), city(),
				json("documentNumber", number, "documentDate", "2026-06-22"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("尚有异议未答复，不能发文。"));

		clock.setTo(MONDAY);
		send(post("/api/v1/notices/{n}/objections/{o}/decision", notice.id(), receipt.objectionId()), city(),
				json("version", objectionVersion(notice, receipt.objectionId()), "decision", "UPHELD", "reply",
						"异议成立。"))
			.andExpect(status().isOk());
		send(post("/api/v1/notices/{id}/publication", notice.id()), city(),
				json("documentNumber", number, "documentDate", "2026-06-01"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("公示期尚未结束，不能发文。"));

		clock.advance(Duration.ofDays(20));
		String published = send(post("/api/v1/notices/{id}/publication", notice.id()), city(),
				json("documentNumber", " " + number + " ", "documentDate", "2026-06-22"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/publications/")))
			.andExpect(jsonPath("$.summary.documentNumber").value(number))
			.andExpect(jsonPath("$.summary.documentDate").value("2026-06-22"))
			.andExpect(jsonPath("$.summary.noticeId").value(notice.id()))
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.bases", hasSize(1)))
			.andExpect(jsonPath("$.bases[0].unitName").value("接口保留园区"))
			.andExpect(jsonPath("$.bases[0].no").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long publicationId = ((Number) JsonPath.read(published, "$.summary.id")).longValue();

		perform(get("/api/v1/publications/{id}", publicationId).with(city()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bases[*].unitName", hasItem("接口保留园区")))
			.andExpect(content().string(not(containsString("接口成立异议有限公司"))));
		perform(get("/api/v1/publications").param("size", "100").with(city()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].documentNumber", hasItem(number)));
		perform(get("/api/v1/publications/{id}", 987654321L).with(city())).andExpect(status().isNotFound());
		perform(get("/api/v1/notices/{id}", notice.id()).with(city()))
			.andExpect(jsonPath("$.summary.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publication.documentNumber").value(number));

		send(post("/api/v1/notices/{id}/publication", notice.id()), city(),
				json("documentNumber", number + "再", "documentDate", "2026-06-22"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("公示已发文，不能再修改。"));
		send(put("/api/v1/notices/{id}/text", notice.id()), city(), json("version", noticeVersion(notice.id()),
				"title", "发文后更正", "body", "<p>x</p>", "instructions", "x"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("公示已发文，不能再修改。"));

		clock.setTo(MONDAY);
		NoticeView other = liveNotice("接口重复文号测试");
		clock.advance(Duration.ofDays(20));
		send(post("/api/v1/notices/{id}/publication", other.id()), city(),
				json("documentNumber", number, "documentDate", "2026-06-22"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该文号已经使用。"));
		perform(get("/api/v1/notices/{id}", other.id()).with(city()))
			.andExpect(jsonPath("$.summary.status").value("LIVE"));
	}

	// ---------------------------------------------------------------- OpenAPI

	@Test
	void theOpenApiDocumentDescribesTheNoticeApi() throws Exception {
		ResultActions docs = perform(get("/v3/api-docs")).andExpect(status().isOk());
		for (String path : List.of("/api/v1/public/notices", "/api/v1/public/notices/{id}",
				"/api/v1/public/objections/status", "/api/v1/proposed-lists", "/api/v1/notices",
				"/api/v1/notices/{id}", "/api/v1/notices/{id}/text", "/api/v1/notices/{id}/objections",
				"/api/v1/notices/{id}/objections/{objectionId}",
				"/api/v1/notices/{id}/objections/{objectionId}/verification",
				"/api/v1/notices/{id}/objections/{objectionId}/investigation",
				"/api/v1/notices/{id}/objections/{objectionId}/decision", "/api/v1/notices/{id}/publication",
				"/api/v1/publications", "/api/v1/publications/{id}", "/api/v1/verifications",
				"/api/v1/verifications/{id}", "/api/v1/verifications/{id}/findings")) {
			docs.andExpect(jsonPath("$.paths", hasKey(path)));
		}
		docs.andExpect(jsonPath("$.paths['/api/v1/notices'].post.summary", containsString("proposed list")))
			.andExpect(jsonPath("$.paths['/api/v1/notices/{id}/text'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/objections/status'].post.summary",
					containsString("masked")))
			.andExpect(jsonPath("$.components.schemas.PublicUnit.properties", not(hasKey("uscc"))));
	}
}
