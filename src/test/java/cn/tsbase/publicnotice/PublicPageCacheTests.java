package cn.tsbase.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.StatementCounter;
import cn.tsbase.WebClient;
import cn.tsbase.account.TestAccount;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.publicnotice.internal.Objector;
import cn.tsbase.shared.IdCardNumber;
import cn.tsbase.shared.security.Role;
import cn.tsbase.publicnotice.internal.ObjectionFiling;
import cn.tsbase.publicnotice.internal.ObjectionHandling;

/**
 * The public notice pages are cached on the server for anonymous visitors, validated by a strong ETag, evicted when a
 * notice changes, kept apart by language, and never carry anything of one visitor's session to another.
 */
@IntegrationTest
class PublicPageCacheTests {

	private static final Pattern STRONG_ETAG = Pattern.compile("\"[A-Za-z0-9_-]{32}\"");
	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	private static final Instant MONDAY = Instant.parse("2026-06-01T01:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	NoticeService notices;

	@Autowired
	ObjectionFiling filing;

	@Autowired
	ObjectionHandling handling;

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

	@BeforeEach
	void fixClock() {
		clock.setTo(MONDAY);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	NoticeView liveNotice(String title, String... unitNames) {
		return fixtures.liveNotice(title, NoticeFixtures.inDistrict(NoticeFixtures.XICHENG, unitNames));
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void anUnchangedNoticeIsServedFromTheCacheWithAStrongETagAndAMatchingOneGets304() throws Exception {
		NoticeView notice = liveNotice("缓存公示" + tag(), "缓存甲有限公司");
		String path = "/public/notices/" + notice.id();

		MockHttpServletResponse first = fetch(get(path));
		assertThat(first.getStatus()).isEqualTo(200);
		String etag = first.getHeader("ETag");
		assertThat(etag).matches(STRONG_ETAG);
		assertThat(first.getHeader("Cache-Control")).isEqualTo("max-age=60, public");
		assertThat(first.getHeader("Vary")).contains("HX-Request");
		assertThat(first.getContentAsString()).contains("缓存甲有限公司");

		StatementCounter.reset();
		MockHttpServletResponse second = fetch(get(path));
		assertThat(StatementCounter.count()).as("SQL statements of a cached page").isZero();
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getHeader("ETag")).isEqualTo(etag);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getContentType()).isEqualTo(first.getContentType());
		assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"))
			.contains("script-src 'self'");
		assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(second.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		MockHttpServletResponse notModified = fetch(get(path).header("If-None-Match", etag));
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsByteArray()).isEmpty();
		assertThat(notModified.getHeader("ETag")).isEqualTo(etag);
		assertThat(notModified.getHeader("Cache-Control")).isEqualTo("max-age=60, public");
		assertThat(notModified.getHeader("X-Frame-Options")).isEqualTo("DENY");

		assertThat(fetch(get(path).header("If-None-Match", "\"somethingElse\"")).getStatus()).isEqualTo(200);
	}

	@Test
	void aCorrectedNoticeShowsAtOnceUnderANewETag() throws Exception {
		NoticeView notice = liveNotice("更正前" + tag(), "更正甲有限公司");
		String path = "/public/notices/" + notice.id();
		String before = fetch(get(path)).getHeader("ETag");

		String corrected = "更正后" + tag();
		notices.correctText(notice.id(), notice.version(), corrected, "<p>现予公示</p>", "书面实名异议。");

		MockHttpServletResponse after = fetch(get(path));
		assertThat(after.getContentAsString()).contains(corrected).doesNotContain(notice.title());
		assertThat(after.getHeader("ETag")).isNotEqualTo(before);
		assertThat(fetch(get(path).header("If-None-Match", before)).getStatus()).isEqualTo(200);
	}

	@Test
	void aNewNoticeShowsInTheCachedArchiveAtOnce() throws Exception {
		NoticeView first = liveNotice("存档一" + tag(), "存档甲有限公司");
		assertThat(fetch(get("/public/notices")).getContentAsString()).contains(first.title());
		StatementCounter.reset();
		fetch(get("/public/notices"));
		assertThat(StatementCounter.count()).as("the archive comes from the cache").isZero();

		NoticeView second = liveNotice("存档二" + tag(), "存档乙有限公司");

		assertThat(fetch(get("/public/notices")).getContentAsString()).contains(first.title(), second.title());
	}

	@Test
	void anUpheldObjectionTakesTheUnitOffTheCachedNotice() throws Exception {
		String removed = "被撤下" + tag() + "有限公司";
		NoticeView notice = liveNotice("异议公示" + tag(), removed, "保留" + tag() + "园区");
		String path = "/public/notices/" + notice.id();
		assertThat(fetch(get(path)).getContentAsString()).contains(removed);

		ObjectionFiling.Receipt receipt = filing.fileObjection(notice.id(), new Objector("赵敏",
				IdCardNumber.withCheck("11010219800101001"), null, null, "13812345678", null), 0, "理由充分。");
		assertThat(fetch(get(path)).getContentAsString()).as("an objection alone changes nothing public")
			.contains(removed);
		long version = jdbc.queryForObject("select version from objection where id = ?", Long.class,
				receipt.objectionId());
		handling.decide(receipt.objectionId(), version, ObjectionDecision.UPHELD, "异议成立。", "city");

		assertThat(fetch(get(path)).getContentAsString()).doesNotContain(removed);
	}

	@Test
	void theChineseAndTheEnglishPageAreCachedApart() throws Exception {
		NoticeView notice = liveNotice("语言公示" + tag(), "语言甲有限公司");
		String path = "/public/notices/" + notice.id();

		MockHttpServletResponse chinese = fetch(get(path));
		MockHttpServletResponse english = fetch(get(path).param("lang", "en"));
		MockHttpServletResponse englishAgain = fetch(get(path).param("lang", "en"));
		MockHttpServletResponse englishByCookie = fetch(get(path).cookie(new Cookie("lang", "en")));
		MockHttpServletResponse chineseAgain = fetch(get(path));

		assertThat(chinese.getContentAsString()).contains("公示公告").doesNotContain("Public notices");
		assertThat(english.getContentAsString()).contains("Public notices").doesNotContain("公示公告");
		assertThat(english.getHeader("ETag")).isNotEqualTo(chinese.getHeader("ETag"));
		assertThat(englishAgain.getContentAsString()).isEqualTo(english.getContentAsString());
		assertThat(englishAgain.getCookie("lang")).as("a cached answer still remembers the choice").isNotNull();
		assertThat(englishAgain.getCookie("lang").getValue()).isEqualTo("en");
		assertThat(englishByCookie.getContentAsString()).contains("Public notices").doesNotContain("公示公告");
		assertThat(chineseAgain.getContentAsString()).isEqualTo(chinese.getContentAsString());
		assertThat(chineseAgain.getHeader("Content-Language")).isEqualTo("zh-CN");
		assertThat(englishAgain.getHeader("Content-Language")).isEqualTo("en");
	}

	@Test
	void aLoggedInUsersPageIsNeitherCachedNorServedToOthers() throws Exception {
		NoticeView notice = liveNotice("登录公示" + tag(), "登录甲有限公司");
		String path = "/public/notices/" + notice.id();

		MockHttpServletResponse officer = fetch(get(path).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)));
		assertThat(officer.getContentAsString()).contains("Test MUNICIPAL_OFFICER", "name=\"_csrf\"");
		assertThat(officer.getHeader("ETag")).isNull();
		assertThat(officer.getHeader("Cache-Control")).contains("no-store").doesNotContain("public");

		MockHttpServletResponse anonymous = fetch(get(path));
		assertThat(anonymous.getContentAsString()).doesNotContain("Test MUNICIPAL_OFFICER", "_csrf");
		assertThat(anonymous.getHeader("Cache-Control")).contains("public");

		MockHttpServletResponse expert = fetch(get(path).with(Principals.role(Role.EXPERT, null, null)));
		assertThat(expert.getContentAsString()).as("the expert's own page, not the cached one")
			.contains("Test EXPERT")
			.doesNotContain("Test MUNICIPAL_OFFICER");
		assertThat(expert.getHeader("Cache-Control")).doesNotContain("public");
	}

	@Test
	void aCachedPageNeverCarriesAnotherVisitorsCsrfTokenOrName() {
		NoticeView notice = liveNotice("会话公示" + tag(), "会话甲有限公司");
		String path = "/public/notices/" + notice.id();
		TestAccount official = accounts.official(Role.DISTRICT_OFFICER, "110102");

		WebClient alice = new WebClient(port);
		assertThat(alice.login(official.getUsername(), AccountFixtures.PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> alicesPage = alice.get(path);
		Matcher alicesToken = CSRF_META.matcher(alicesPage.body());
		assertThat(alicesToken.find()).as("the layout gives a logged-in user a token").isTrue();
		assertThat(alicesPage.body()).contains(official.getUsername());
		assertThat(alicesPage.headers().firstValue("ETag")).isEmpty();

		// an anonymous visitor with a session of his own and a CSRF token in it
		WebClient bob = new WebClient(port);
		Matcher bobsToken = CSRF_FIELD.matcher(bob.get("/login").body());
		assertThat(bobsToken.find()).isTrue();
		assertThat(bob.sessionId()).isPresent();
		HttpResponse<String> bobsFirst = bob.get(path);
		HttpResponse<String> bobsSecond = bob.get(path);

		WebClient carol = new WebClient(port);
		HttpResponse<String> carols = carol.get(path);
		HttpResponse<String> alicesAgain = alice.get(path);

		for (HttpResponse<String> anonymous : List.of(bobsFirst, bobsSecond, carols)) {
			assertThat(anonymous.statusCode()).isEqualTo(200);
			assertThat(anonymous.body()).contains("会话甲有限公司")
				.doesNotContain(alicesToken.group(1), bobsToken.group(1), official.getUsername(), "_csrf");
			assertThat(anonymous.headers().firstValue("ETag")).isPresent();
			assertThat(anonymous.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION"));
		}
		assertThat(carols.body()).isEqualTo(bobsSecond.body());
		assertThat(carols.headers().firstValue("ETag")).isEqualTo(bobsFirst.headers().firstValue("ETag"));
		assertThat(carol.sessionId()).as("reading a public page opens no session").isEmpty();
		// her own page again (the token is masked afresh on every page)
		assertThat(alicesAgain.body()).contains(official.getUsername(), "<meta name=\"_csrf\"");
		assertThat(alicesAgain.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void aMissingNoticeIsNeitherCachedNorPublic() throws Exception {
		MockHttpServletResponse missing = fetch(get("/public/notices/987654321"));
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getHeader("ETag")).isNull();
		assertThat(missing.getHeader("Cache-Control")).doesNotContain("public");
	}

	@Test
	void theObjectionFormIsNeverCached() throws Exception {
		NoticeView notice = liveNotice("表单公示" + tag(), "表单甲有限公司");
		MockHttpServletResponse form = fetch(get("/public/notices/{id}/objection", notice.id()));
		assertThat(form.getContentAsString()).contains("name=\"_csrf\"");
		assertThat(form.getHeader("ETag")).isNull();
		assertThat(form.getHeader("Cache-Control")).contains("no-store");
	}
}
