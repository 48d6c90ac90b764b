package cn.tsbase.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.WebClient;
import cn.tsbase.account.TestAccount;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.IdCardNumber;
import cn.tsbase.shared.security.Role;
import cn.tsbase.publicnotice.internal.ObjectionFiling;

/**
 * Evidence filed with a public objection: checked and stored like every attachment, all or nothing with the
 * objection, and downloaded (audited) only by the municipal bureau handling it and the district asked to verify.
 */
@IntegrationTest
class ObjectionEvidenceTests {

	private static final Pattern RECEIPT = Pattern.compile("id=\"receiptNo\">([^<]+)<");
	private static final Pattern CODE = Pattern.compile("id=\"secretCode\">([^<]+)<");
	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	private static final String BOUNDARY = "----tsbase-evidence-boundary";

	static final java.time.Instant MONDAY = java.time.Instant.parse("2026-06-01T01:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	NoticeService notices;

	@Autowired
	ObjectionFiling filing;

	@Autowired
	NoticeFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountFixtures accounts;

	@LocalServerPort
	int port;

	@Value("${tsbase.attachments.dir}")
	Path attachmentStore;

	@BeforeEach
	void fixClock() {
		clock.setTo(MONDAY);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** A live notice: the first unit is in Xicheng (110102), the second in Haidian (110108). */
	NoticeView liveNotice(String... unitNames) {
		List<ProposedListDecided.Entry> entries = new ArrayList<>();
		for (int i = 0; i < unitNames.length; i++) {
			entries.add(NoticeFixtures.entry(unitNames[i], i == 0 ? NoticeFixtures.XICHENG : NoticeFixtures.HAIDIAN,
					BaseType.POINT));
		}
		return fixtures.liveNotice("2026年度拟入选名单公示（证据）", entries);
	}

	MvcResult file(NoticeView notice, MockMultipartFile... evidence) throws Exception {
		var request = multipart("/public/notices/{id}/objection", notice.id());
		for (MockMultipartFile file : evidence) {
			request.file(file);
		}
		return mvc.perform(request.with(csrf())
			.param("target", "0")
			.param("name", "钱进")
			.param("idNumber", IdCardNumber.withCheck("11010219800101001"))
			.param("phone", "13812345678")
			.param("grounds", "该单位的保密制度系抄袭，附证据。")
			.param("website", "")).andReturn();
	}

	static MockMultipartFile evidence(String name, byte[] content) {
		return new MockMultipartFile("evidence", name, "application/octet-stream", content);
	}

	long objectionId(MvcResult filed) throws Exception {
		Matcher receipt = RECEIPT.matcher(filed.getResponse().getContentAsString());
		assertThat(receipt.find()).as("a receipt number on the page").isTrue();
		return jdbc.queryForObject("select id from objection where receipt_no = ?", Long.class, receipt.group(1));
	}

	List<Long> evidenceIds(long objectionId) {
		return jdbc.queryForList("select attachment_id from objection_evidence where objection_id = ? order by position",
				Long.class, objectionId);
	}

	long objections(NoticeView notice) {
		return jdbc.queryForObject("select count(*) from objection where notice_id = ?", Long.class, notice.id());
	}

	long storedFiles() throws IOException {
		if (!Files.isDirectory(attachmentStore)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(attachmentStore)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	/** A streamed download through MockMvc: the handler starts it, the async dispatch writes it. */
	MvcResult download(String path, RequestPostProcessor who) throws Exception {
		MvcResult started = mvc.perform(get(path).with(who)).andExpect(request().asyncStarted()).andReturn();
		return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
	}

	void askDistrict(NoticeView notice, long objectionId) throws Exception {
		long version = jdbc.queryForObject("select version from objection where id = ?", Long.class, objectionId);
		mvc.perform(post("/notices/{n}/objections/{o}/verification", notice.id(), objectionId).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("version", String.valueOf(version))
			.param("request", "请核实证据材料")).andExpect(status().is3xxRedirection());
	}

	@Test
	void evidenceFiledWithAnObjectionIsStoredEncryptedAndTheMunicipalBureauDownloadsItUnderItsChineseName()
			throws Exception {
		NoticeView notice = liveNotice("证据甲科技有限公司", "证据乙园区");
		byte[] judgment = SampleFiles.pdf("判决书-证据标记-7731");
		byte[] photo = SampleFiles.png();
		MvcResult filed = file(notice, evidence("民事判决书（2025）京73民初1号.pdf", judgment), evidence("现场照片.png", photo));
		assertThat(filed.getResponse().getContentAsString()).contains("共 2 份");
		long objectionId = objectionId(filed);

		List<Long> ids = evidenceIds(objectionId);
		assertThat(ids).hasSize(2);
		assertThat(jdbc.queryForList("select original_name from objection_evidence where objection_id = ? "
				+ "order by position", String.class, objectionId))
			.containsExactly("民事判决书（2025）京73民初1号.pdf", "现场照片.png");
		assertThat(jdbc.queryForList("select owner_type from attachment where id in (?, ?)", String.class, ids.get(0),
				ids.get(1))).containsOnly(NoticeService.OBJECTION);
		// at rest, the file is ciphertext: the PDF's marker appears nowhere in the store
		try (Stream<Path> files = Files.walk(attachmentStore)) {
			for (Path stored : files.filter(Files::isRegularFile).toList()) {
				assertThat(new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1))
					.doesNotContain("7731");
			}
		}

		mvc.perform(get("/notices/{n}/objections/{o}", notice.id(), objectionId)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("民事判决书（2025）京73民初1号.pdf")))
			.andExpect(content().string(containsString("/notices/" + notice.id() + "/objections/" + objectionId
					+ "/evidence/" + ids.get(0))));

		MvcResult downloaded = download("/notices/" + notice.id() + "/objections/" + objectionId + "/evidence/"
				+ ids.get(0), Principals.role(Role.MUNICIPAL_OFFICER, null, null));
		assertThat(downloaded.getResponse().getContentAsByteArray()).isEqualTo(judgment);
		assertThat(downloaded.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("filename*=UTF-8''%E6%B0%91%E4%BA%8B%E5%88%A4%E5%86%B3%E4%B9%A6");
		assertThat(downloaded.getResponse().getHeader("Cache-Control")).contains("no-store");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ATTACHMENT_DOWNLOADED' "
					+ "and object_id = ? and actor = 'test-municipal_officer' and detail like '%another party%'",
					Long.class, String.valueOf(ids.get(0))) == 1);

		// another objection's id, or another notice's, is not found
		mvc.perform(get("/notices/{n}/objections/{o}/evidence/{a}", notice.id() + 100_000, objectionId,
				ids.get(0)).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isNotFound());
		mvc.perform(get("/notices/{n}/objections/{o}/evidence/{a}", notice.id(), objectionId, ids.get(0) + 100_000)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isNotFound());
	}

	@Test
	void theObjectorSeesTheNamesOfTheFilesOnTheStatusPageButNoLinkToThem() throws Exception {
		NoticeView notice = liveNotice("状态页证据有限公司");
		MvcResult filed = file(notice, evidence("合同扫描件.pdf", SampleFiles.pdf("合同")));
		String page = filed.getResponse().getContentAsString();
		Matcher receipt = RECEIPT.matcher(page);
		Matcher code = CODE.matcher(page);
		assertThat(receipt.find() && code.find()).isTrue();

		mvc.perform(post("/public/objections/status").with(csrf())
			.param("receiptNo", receipt.group(1))
			.param("code", code.group(1)))
			.andExpect(content().string(containsString("共 1 份")))
			.andExpect(content().string(containsString("合同扫描件.pdf")))
			.andExpect(content().string(not(containsString("/evidence/"))));
	}

	@Test
	void aFileWhoseContentDoesNotMatchItsExtensionIsRefusedAndNothingOfTheObjectionIsStored() throws Exception {
		NoticeView notice = liveNotice("伪装证据有限公司");
		long objectionsBefore = objections(notice);
		long attachmentsBefore = jdbc.queryForObject("select count(*) from attachment where owner_type = 'objection'",
				Long.class);
		long filesBefore = storedFiles();

		// the first file is fine and gets stored before the second is checked: it must go again
		MvcResult refused = file(notice, evidence("真实判决书.pdf", SampleFiles.pdf("真")),
				evidence("伪装判决书.pdf", SampleFiles.html()));

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		String page = refused.getResponse().getContentAsString();
		assertThat(page).contains("id=\"evidenceError\"")
			.contains("伪装判决书.pdf")
			.contains("与扩展名 .pdf 不符")
			.contains("异议尚未提交")
			.contains("该单位的保密制度系抄袭") // what the objector typed is kept
			.doesNotContain("id=\"receiptNo\"");
		assertThat(objections(notice)).isEqualTo(objectionsBefore);
		assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'objection'", Long.class))
			.isEqualTo(attachmentsBefore);
		await().atMost(Duration.ofSeconds(5)).until(() -> storedFiles() == filesBefore);
	}

	@Test
	void moreFilesThanAllowedAreRefusedBeforeAnythingIsStored() throws Exception {
		NoticeView notice = liveNotice("超量证据有限公司");
		long before = objections(notice);
		MockMultipartFile[] files = new MockMultipartFile[filing.maxEvidenceFiles() + 1];
		for (int i = 0; i < files.length; i++) {
			files[i] = evidence("证据" + i + ".png", SampleFiles.png());
		}
		MvcResult refused = file(notice, files);
		assertThat(refused.getResponse().getContentAsString()).contains("最多可提交 " + filing.maxEvidenceFiles());
		assertThat(objections(notice)).isEqualTo(before);
	}

	@Test
	void onlyTheDistrictAskedToVerifyDownloadsTheEvidenceOthersGetNotFoundOrAreDenied() throws Exception {
		NoticeView notice = liveNotice("核实证据科技有限公司", "无关园区");
		byte[] content = SampleFiles.pdf("区核实证据");
		long objectionId = objectionId(file(notice, evidence("举报材料.pdf", content)));
		long attachmentId = evidenceIds(objectionId).get(0);
		String path = "/verifications/" + objectionId + "/evidence/" + attachmentId;

		// not asked yet: the district has nothing to see
		mvc.perform(get(path).with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isNotFound());
		askDistrict(notice, objectionId);

		mvc.perform(get("/verifications/{id}", objectionId).with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(content().string(containsString("举报材料.pdf")))
			.andExpect(content().string(containsString(path)));
		MvcResult downloaded = download(path, Principals.role(Role.DISTRICT_OFFICER, "110102", null));
		assertThat(downloaded.getResponse().getContentAsByteArray()).isEqualTo(content);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ATTACHMENT_DOWNLOADED' "
					+ "and object_id = ? and actor = 'test-district_officer'", Long.class,
					String.valueOf(attachmentId)) == 1);

		// another district: not found, and no download recorded for it
		mvc.perform(get(path).with(Principals.role(Role.DISTRICT_OFFICER, "110108", null)))
			.andExpect(status().isNotFound());
		// an attachment of another owner through this objection: not found
		long otherObjection = objectionId(file(notice, evidence("另一份材料.pdf", SampleFiles.pdf("另一"))));
		long otherAttachment = evidenceIds(otherObjection).get(0);
		mvc.perform(get("/verifications/{o}/evidence/{a}", objectionId, otherAttachment)
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null))).andExpect(status().isNotFound());
		mvc.perform(get("/notices/{n}/objections/{o}/evidence/{a}", notice.id(), objectionId, otherAttachment)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isNotFound());
		// a unit user, even of the unit objected to, and an expert are refused by role before any lookup
		mvc.perform(get(path).with(Principals.role(Role.APPLICANT, "110102", 600_000L)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/notices/{n}/objections/{o}/evidence/{a}", notice.id(), objectionId, attachmentId)
			.with(Principals.role(Role.APPLICANT, "110102", 600_000L))).andExpect(status().isForbidden());
		mvc.perform(get(path).with(Principals.role(Role.EXPERT, null, null))).andExpect(status().isForbidden());
		// nobody logged in: off to the login page
		mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/notices/{n}/objections/{o}/evidence/{a}", notice.id(), objectionId, attachmentId))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'ATTACHMENT_DOWNLOADED' "
				+ "and object_id = ?", Long.class, String.valueOf(attachmentId))).isEqualTo(1);
	}

	/**
	 * The real form over real HTTP: a browser posts the CSRF token as a part of the multipart body (the hidden field
	 * that th:action adds), not as a header; without it the filing is refused.
	 */
	@Test
	void theMultipartFormCarriesItsCsrfTokenInTheBodyAndIsRefusedWithoutIt() throws Exception {
		NoticeView notice = liveNotice("真实表单证据有限公司");
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String base = "http://localhost:" + port;
		HttpResponse<String> form = http.send(HttpRequest
			.newBuilder(URI.create(base + "/public/notices/" + notice.id() + "/objection"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(form.body()).contains("enctype=\"multipart/form-data\"");
		Matcher token = CSRF_FIELD.matcher(form.body());
		assertThat(token.find()).as("the hidden _csrf field in the form").isTrue();
		long before = objections(notice);

		HttpResponse<String> withoutToken = http.send(multipartPost(base, notice, null), HttpResponse.BodyHandlers.ofString());
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(objections(notice)).isEqualTo(before);

		HttpResponse<String> filed = http.send(multipartPost(base, notice, token.group(1)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(filed.statusCode()).isEqualTo(200);
		assertThat(filed.body()).contains("id=\"receiptNo\"").contains("共 1 份");
		assertThat(objections(notice)).isEqualTo(before + 1);
	}

	private static HttpRequest multipartPost(String base, NoticeView notice, String csrf) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrf != null) {
			part(body, "_csrf", csrf);
		}
		part(body, "target", "0");
		part(body, "name", "孙立");
		part(body, "idNumber", IdCardNumber.withCheck("11010219800101001"));
		part(body, "phone", "13912345678");
		part(body, "grounds", "真实表单提交的异议理由。");
		part(body, "website", "");
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"evidence\"; "
				+ "filename=\"证明.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(SampleFiles.png());
		body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(base + "/public/notices/" + notice.id() + "/objection"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private static void part(ByteArrayOutputStream body, String name, String value) throws IOException {
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A streamed download as the very first request after login (a link opened from a mail, or a bookmark): the
	 * session gets no new attribute while the body streams on another thread, so it is saved once, not twice.
	 */
	@Test
	void aDownloadAsTheFirstRequestAfterLoginWorks() throws Exception {
		NoticeView notice = liveNotice("首个请求下载有限公司");
		byte[] content = SampleFiles.pdf("首个请求");
		long objectionId = objectionId(file(notice, evidence("首个请求.pdf", content)));
		long attachmentId = evidenceIds(objectionId).get(0);
		TestAccount officer = accounts.official(Role.MUNICIPAL_OFFICER, null);

		for (int attempt = 0; attempt < 20; attempt++) {
			WebClient browser = new WebClient(port);
			assertThat(browser.login(officer.getUsername(), AccountFixtures.PASSWORD).statusCode()).isEqualTo(302);
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/notices/" + notice.id() + "/objections/"
							+ objectionId + "/evidence/" + attachmentId))
					.header("Cookie", "SESSION=" + browser.sessionId().orElseThrow())
					.GET()
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as("attempt %d", attempt).isEqualTo(200);
			assertThat(response.body()).isEqualTo(content);
			// and the session goes on working afterwards
			assertThat(browser.get("/notices").statusCode()).isEqualTo(200);
		}
	}
}
