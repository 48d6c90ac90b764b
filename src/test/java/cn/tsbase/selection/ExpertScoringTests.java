package cn.tsbase.selection;

import static cn.tsbase.selection.SelectionFixtures.expertUser;
import static cn.tsbase.selection.SelectionFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.WebClient;
import cn.tsbase.Principals;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.internal.RoundAssignment;
import cn.tsbase.selection.internal.RoundRelease;
import cn.tsbase.shared.security.Role;

/**
 * Experts see only their released assignments; a declaration opens to them after they declared no conflict of
 * interest and nothing else does; they score with drafts, submit and are locked until the officer reopens; they
 * never see another expert's score; PDF evidence reaches them watermarked with their name and the time.
 */
@IntegrationTest
class ExpertScoringTests {

	static final int YEAR = 2026;

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionFixtures selection;

	@Autowired
	RoundAssignment assignments;

	@Autowired
	RoundRelease releases;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	static RequestPostProcessor as(ExpertView expert) {
		return Principals.as(expertUser(expert));
	}

	@Test
	void anExpertSeesOnlyTheirOwnReleasedAssignmentsAndAnythingElseIsNotFound() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("列表甲"),
				unique("列表乙"));
		ExpertView first = selection.expert(unique("列表专家"));
		ExpertView second = selection.expert(unique("列表专家"));
		ReviewRoundView round = selection.round(YEAR, candidates, List.of(first, second), 1, 1);
		assignments.assignAutomatically(round.id(), SelectionFixtures.MUNICIPAL);
		long declarationOfFirst = jdbc.queryForObject("select declaration_id from review_assignment where "
				+ "round_id = ? and expert_id = ?", Long.class, round.id(), first.id());
		long mine = selection.assignmentId(round, first, declarationOfFirst);
		long theirs = jdbc.queryForObject("select id from review_assignment where round_id = ? and expert_id = ?",
				Long.class, round.id(), second.id());

		// not released: nothing to see yet
		mvc.perform(get("/selection/reviews").with(as(first)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("暂无评审任务")));
		mvc.perform(get("/selection/reviews/{id}", mine).with(as(first))).andExpect(status().isNotFound());

		releases.release(round.id(), SelectionFixtures.MUNICIPAL);

		String unitOfFirst = candidates.stream()
			.filter(c -> c.declarationId() == declarationOfFirst)
			.findFirst()
			.orElseThrow()
			.unitName();
		String unitOfSecond = candidates.stream()
			.filter(c -> c.declarationId() != declarationOfFirst)
			.findFirst()
			.orElseThrow()
			.unitName();
		mvc.perform(get("/selection/reviews").with(as(first)))
			.andExpect(content().string(containsString(unitOfFirst)))
			.andExpect(content().string(not(containsString(unitOfSecond))));
		mvc.perform(get("/selection/reviews/{id}", mine).with(as(first))).andExpect(status().isOk());
		mvc.perform(get("/selection/reviews/{id}", theirs).with(as(first))).andExpect(status().isNotFound());
		mvc.perform(post("/selection/reviews/{id}/conflict-declaration", theirs).with(csrf())
			.with(as(first))
			.param("answer", "none")).andExpect(status().isNotFound());
		mvc.perform(post("/selection/reviews/{id}/score", theirs).with(csrf())
			.with(as(first))
			.param("action", "save")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/selection/my/assignments/{id}", theirs).with(as(first)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/selection/my/assignments").with(as(first)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(unitOfFirst)))
			.andExpect(content().string(not(containsString(unitOfSecond))));
	}

	@Test
	void theDeclarationOpensOnlyAfterTheExpertDeclaredNoConflictAndNoUnassignedDeclarationEverDoes()
			throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("开放甲"),
				unique("开放乙"));
		CandidateView assigned = candidates.get(0);
		CandidateView other = candidates.get(1);
		ExpertView expert = selection.expert(unique("开放专家"));
		ExpertView colleague = selection.expert(unique("开放同事"));
		ReviewRoundView round = selection.round(YEAR, List.of(assigned), List.of(expert), 1, 1);
		assignments.assignAutomatically(round.id(), SelectionFixtures.MUNICIPAL);
		long assignment = selection.assignmentId(round, expert, assigned.declarationId());

		MockHttpServletRequestBuilder content = get("/declarations/{id}/content", assigned.declarationId())
			.with(as(expert));
		mvc.perform(content).andExpect(status().isNotFound()); // assigned but not released

		releases.release(round.id(), SelectionFixtures.MUNICIPAL);
		mvc.perform(content).andExpect(status().isNotFound()); // released, no declaration yet
		mvc.perform(get("/selection/reviews/{id}", assignment).with(as(expert)))
			.andExpect(content().string(containsString("回避声明")))
			.andExpect(content().string(not(containsString("/declarations/" + assigned.declarationId()
					+ "/content"))));
		mvc.perform(post("/selection/reviews/{id}/score", assignment).with(csrf())
			.with(as(expert))
			.param("action", "save")).andExpect(status().isConflict());

		mvc.perform(post("/selection/reviews/{id}/conflict-declaration", assignment).with(csrf())
			.with(as(expert))
			.param("answer", "none")).andExpect(flash().attribute("flashSuccess", "review.conflict.noneRecorded"));

		mvc.perform(content).andExpect(status().isOk())
			.andExpect(content().string(containsString(assigned.unitName())));
		mvc.perform(get("/selection/reviews/{id}", assignment).with(as(expert)))
			.andExpect(content().string(containsString("/declarations/" + assigned.declarationId() + "/content")));
		// an unassigned declaration, another expert's (unreleased, undeclared) view, the editing pages: not found
		mvc.perform(get("/declarations/{id}/content", other.declarationId()).with(as(expert)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/declarations/{id}/content", assigned.declarationId()).with(as(colleague)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/declarations/{id}/attachments/{a}", other.declarationId(), 1).with(as(expert)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/declarations/{id}", assigned.declarationId()).with(as(expert)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/declarations/{id}", assigned.declarationId()).with(as(expert)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDeclaredConflictRemovesTheAssignmentAndTellsTheMunicipalBureau() throws Exception {
		var officer = accounts.official(Role.MUNICIPAL_OFFICER, null);
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("声明回避单位"));
		CandidateView candidate = candidates.get(0);
		ExpertView expert = selection.expert(unique("声明专家"));
		ReviewRoundView round = selection.round(YEAR, candidates, List.of(expert), 1, 1);
		selection.assignAndRelease(round);
		long assignment = selection.assignmentId(round, expert, candidate.declarationId());

		mvc.perform(post("/selection/reviews/{id}/conflict-declaration", assignment).with(csrf())
			.with(as(expert))
			.param("answer", "conflict")
			.param("note", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("申请回避时请说明利害关系")));

		mvc.perform(post("/selection/reviews/{id}/conflict-declaration", assignment).with(csrf())
			.with(as(expert))
			.param("answer", "conflict")
			.param("note", "本人两年前曾在该单位任职"))
			.andExpect(flash().attribute("flashSuccess", "review.conflict.declared"));

		assertThat(jdbc.queryForObject("select count(*) from review_assignment where id = ?", Long.class, assignment))
			.isZero();
		assertThat(jdbc.queryForMap("select reason, note from review_conflict where round_id = ? and expert_id = ?",
				round.id(), expert.id()))
			.containsEntry("reason", "DECLARED_BY_EXPERT")
			.containsEntry("note", "本人两年前曾在该单位任职");
		mvc.perform(get("/selection/reviews/{id}", assignment).with(as(expert))).andExpect(status().isNotFound());
		mvc.perform(get("/declarations/{id}/content", candidate.declarationId()).with(as(expert)))
			.andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("select count(*) from notification where recipient_id = ? and "
					+ "message_key = 'notification.kind.EXPERT_CONFLICT_DECLARED' and link = ?", Long.class,
					officer.getId(), "/selection/rounds/" + round.id() + "/assignments") == 1);

		// the officer sees the declared conflict, and the expert is never assigned to it again
		mvc.perform(get("/selection/rounds/{id}", round.id()).with(Principals.as(SelectionFixtures.municipalOfficer())))
			.andExpect(content().string(containsString("专家本人声明存在利害关系")))
			.andExpect(content().string(containsString("本人两年前曾在该单位任职")));
		assertThat(assignments.assignAutomatically(round.id(), SelectionFixtures.MUNICIPAL).feasible()).isFalse();
		assertThat(assignments.addPair(round.id(), expert.id(), candidate.declarationId(),
				SelectionFixtures.MUNICIPAL)).extracting(p -> p.messageKey()).contains("assignment.add.conflicted");
	}

	@Test
	void aScoreIsADraftUntilSubmittedThenLockedUntilTheOfficerReopensIt() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("评分单位"));
		CandidateView candidate = candidates.get(0);
		ExpertView expert = selection.expert(unique("评分专家"));
		ReviewRoundView round = selection.round(YEAR, candidates, List.of(expert), 1, 1);
		selection.assignAndRelease(round);
		long assignment = selection.assignmentId(round, expert, candidate.declarationId());
		mvc.perform(post("/selection/reviews/{id}/conflict-declaration", assignment).with(csrf())
			.with(as(expert))
			.param("answer", "none"));

		// a draft may be partial, but what is given must be in range
		mvc.perform(post("/selection/reviews/{id}/score", assignment).with(csrf())
			.with(as(expert))
			.param("action", "save")
			.param("score.S1", "11"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("的分数应在 0 至 10 之间")));
		mvc.perform(post("/selection/reviews/{id}/score", assignment).with(csrf())
			.with(as(expert))
			.param("action", "save")
			.param("score.S1", "8.5")
			.param("comment.S1", "领导机构健全")
			.param("status", "SUBMITTED"))
			.andExpect(flash().attribute("flashSuccess", "score.saved"));
		assertThat(jdbc.queryForObject("select status from expert_score where assignment_id = ?", String.class,
				assignment)).isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("select score from expert_score_line l join expert_score s on s.id = "
				+ "l.score_id where s.assignment_id = ? and l.item_code = 'S1'", BigDecimal.class, assignment))
			.isEqualByComparingTo("8.5");

		// submitting needs every criterion and every veto item
		mvc.perform(post("/selection/reviews/{id}/score", assignment).with(csrf())
			.with(as(expert))
			.param("action", "submit")
			.param("score.S1", "8.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请为“管理要素：事件响应与维权”打分")))
			.andExpect(content().string(containsString("请判断该基本项是否符合")));

		mvc.perform(completeScore(assignment, "9", "submit").with(as(expert))).andExpect(flash().attribute("flashSuccess",
				"score.submitted"));
		assertThat(jdbc.queryForObject("select status from expert_score where assignment_id = ?", String.class,
				assignment)).isEqualTo("SUBMITTED");

		// locked
		mvc.perform(completeScore(assignment, "3", "save").with(as(expert))).andExpect(status().isConflict());
		mvc.perform(get("/selection/reviews/{id}", assignment).with(as(expert)))
			.andExpect(content().string(containsString("评分已锁定")));

		// the officer reopens it; the expert is told and may change it
		mvc.perform(post("/selection/rounds/{id}/assignments/{a}/reopen", round.id(), assignment).with(csrf())
			.with(Principals.as(SelectionFixtures.municipalOfficer())))
			.andExpect(flash().attribute("flashSuccess", "score.reopened"));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("select count(*) from notification where recipient_id = ? and "
					+ "message_key = 'notification.kind.EXPERT_SCORE_REOPENED'", Long.class,
					expert.accountId()) == 1);
		mvc.perform(completeScore(assignment, "7", "submit").with(as(expert))).andExpect(flash().attribute("flashSuccess",
				"score.submitted"));
		assertThat(jdbc.queryForObject("select score from expert_score_line l join expert_score s on s.id = "
				+ "l.score_id where s.assignment_id = ? and l.item_code = 'E12'", BigDecimal.class, assignment))
			.isEqualByComparingTo("7");
		mvc.perform(post("/selection/rounds/{id}/assignments/{a}/remove", round.id(), assignment).with(csrf())
			.with(Principals.as(SelectionFixtures.municipalOfficer()))).andExpect(status().isConflict());
	}

	private MockHttpServletRequestBuilder completeScore(long assignment, String value, String action) {
		MockHttpServletRequestBuilder request = post("/selection/reviews/{id}/score", assignment).with(csrf())
			.param("action", action);
		for (String code : List.of("S1", "S2", "S3", "S4", "S5", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9",
				"E10", "E11", "E12")) {
			request.param("score." + code, value);
		}
		for (String code : List.of("V1", "V2", "V3")) {
			request.param("veto." + code, "pass");
		}
		return request.param("overallComment", "意见 " + value);
	}

	@Test
	void anExpertNeverSeesAnotherExpertsScore() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("互不可见"));
		CandidateView candidate = candidates.get(0);
		ExpertView first = selection.expert(unique("甲专家"));
		ExpertView second = selection.expert(unique("乙专家"));
		ReviewRoundView round = selection.round(YEAR, candidates, List.of(first, second), 2, 1);
		selection.assignAndRelease(round);
		selection.score(round, first, candidate.declarationId(), new BigDecimal("3.25"));
		long secondsAssignment = selection.assignmentId(round, second, candidate.declarationId());
		mvc.perform(post("/selection/reviews/{id}/conflict-declaration", secondsAssignment).with(csrf())
			.with(Principals.as(expertUser(second)))
			.param("answer", "none"));

		String page = mvc.perform(get("/selection/reviews/{id}", secondsAssignment).with(Principals.as(expertUser(second))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String api = mvc.perform(get("/api/v1/selection/my/assignments/{id}", secondsAssignment)
			.with(Principals.as(expertUser(second)))).andReturn().getResponse().getContentAsString();
		String list = mvc.perform(get("/selection/reviews").with(Principals.as(expertUser(second))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String text : List.of(page, api, list)) {
			// the score as a number of its own, not digits inside a timestamp such as 12:51:53.256687Z
			assertThat(text).doesNotContainPattern("(?<![0-9.])3\\.25(?![0-9])")
				.doesNotContain("总体意见")
				.doesNotContain(first.name());
		}
	}

	@Test
	void pdfEvidenceReachesTheExpertWatermarkedWithTheirNameAndTheTimeAndTheDownloadIsAudited() throws Exception {
		byte[] original = SampleFiles.pdf("管理制度原件");
		CandidateView candidate = selection.passedCandidateWithEvidence("110102", YEAR, unique("水印单位"), "保护制度.pdf",
				original);
		ExpertView expert = selection.expertWhoLogsIn(unique("水印专家"));
		ReviewRoundView round = selection.round(YEAR, List.of(candidate), List.of(expert), 1, 1);
		selection.assignAndRelease(round);
		long attachment = jdbc.queryForObject("select id from attachment where owner_type = 'declaration' and "
				+ "owner_id = ?", Long.class, candidate.declarationId());
		long assignment = selection.assignmentId(round, expert, candidate.declarationId());

		mvc.perform(get("/declarations/{id}/attachments/{a}", candidate.declarationId(), attachment)
			.with(as(expert))).andExpect(status().isNotFound());
		mvc.perform(post("/selection/reviews/{id}/conflict-declaration", assignment).with(csrf())
			.with(as(expert))
			.param("answer", "none"));

		mvc.perform(get("/declarations/{id}/content", candidate.declarationId()).with(as(expert)))
			.andExpect(content().string(containsString("保护制度.pdf")));
		byte[] downloaded = download(candidate.declarationId(), attachment, expert.username());

		assertThat(downloaded).isNotEqualTo(original);
		String text;
		try (PDDocument document = Loader.loadPDF(downloaded)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("管理制度原件");
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains(expert.name(), expert.username(), "下载时间");
		assertThat(text).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'ATTACHMENT_DOWNLOADED' "
					+ "and object_id = ? and actor = ?", Long.class, String.valueOf(attachment),
					expert.username()) == 1);
		String detail = jdbc.queryForObject("select detail from audit_entry where event = 'ATTACHMENT_DOWNLOADED' "
				+ "and object_id = ? and actor = ?", String.class, String.valueOf(attachment), expert.username());
		String downloadId = detail.replaceAll("(?s).*download ([0-9a-f-]{36}).*", "$1");
		assertThat(downloadId).hasSize(36);
		assertThat(text.replaceAll("\\s+", "")).contains(downloadId);
		assertThat(detail).contains("watermarked for " + expert.username());

		// the municipal bureau downloads the file as it was uploaded
		byte[] asOfficer = download(candidate.declarationId(), attachment,
				accounts.official(Role.MUNICIPAL_OFFICER, null).getUsername());
		assertThat(asOfficer).isEqualTo(original);
	}

	/** A download over real HTTP (it is streamed): logged in as the user, the body as it arrives. */
	private byte[] download(long declarationId, long attachmentId, String username) throws Exception {
		WebClient browser = new WebClient(port);
		assertThat(browser.login(username, AccountFixtures.PASSWORD).statusCode()).isEqualTo(302);
		// the download is the session's first request after login (it once saved a session attribute twice: 500)
		java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + "/declarations/" + declarationId
						+ "/attachments/" + attachmentId))
				.header("Cookie", "SESSION=" + browser.sessionId().orElseThrow())
				.GET()
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		return response.body();
	}

	@Test
	void theExpertApiSavesAndSubmitsTheirOwnScore() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", YEAR, BaseType.POINT, unique("接口评分"));
		CandidateView candidate = candidates.get(0);
		ExpertView expert = selection.expert(unique("接口专家"));
		ReviewRoundView round = selection.round(YEAR, candidates, List.of(expert), 1, 1);
		selection.assignAndRelease(round);
		long assignment = selection.assignmentId(round, expert, candidate.declarationId());

		mvc.perform(put(assignment, "{\"scores\":{\"S1\":\"5\"},\"submit\":false}", expert))
			.andExpect(status().isConflict()); // no declaration yet
		mvc.perform(post("/api/v1/selection/my/assignments/{id}/conflict-declaration", assignment).with(csrf())
			.with(as(expert))
			.contentType("application/json")
			.content("{\"conflict\":false}"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"declaredNoConflict\":true")));
		mvc.perform(put(assignment, "{\"scores\":{\"S1\":\"5\"},\"submit\":true}", expert))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("score.E12")));
		StringBuilder scores = new StringBuilder();
		for (String code : List.of("S1", "S2", "S3", "S4", "S5", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9",
				"E10", "E11", "E12")) {
			scores.append(scores.isEmpty() ? "" : ",").append('"').append(code).append("\":\"6\"");
		}
		mvc.perform(put(assignment, "{\"scores\":{" + scores + "},\"vetoes\":{\"V1\":\"pass\",\"V2\":\"pass\","
				+ "\"V3\":\"pass\"},\"overallComment\":\"好\",\"submit\":true}", expert))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"scoreStatus\":\"SUBMITTED\"")));
		assertThat(jdbc.queryForObject("select status from expert_score where assignment_id = ?", String.class,
				assignment)).isEqualTo("SUBMITTED");
	}

	private static MockHttpServletRequestBuilder put(long assignment, String json, ExpertView expert) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/selection/my/assignments/{id}/score", assignment)
			.with(csrf())
			.with(as(expert))
			.contentType("application/json")
			.content(json);
	}

}
