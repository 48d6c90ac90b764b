package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.EvaluationRounds;
import cn.tsbase.evaluation.internal.Evaluations;
import cn.tsbase.evaluation.internal.IndicatorSystems;
import cn.tsbase.evaluation.internal.SystemView;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Per indicator of an open evaluation: the base attaches evidence while it edits its self-evaluation, the district
 * and the bureau download it (audited), others cannot; the district's IP office comments on indicators while the
 * district scores, the district sees the comments, the base does not, and a comment outside the scoring step is 409.
 */
@IntegrationTest
class IndicatorReviewTests {

	static final String FENGTAI = "110106";

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	IndicatorSystems systems;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	Evaluations evaluations;

	@Autowired
	JdbcTemplate jdbc;

	RequestPostProcessor unit(EvaluationFixtures.Designated base) {
		return Principals.role(Role.APPLICANT, FENGTAI, base.unitId());
	}

	long version(long id) {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, id);
	}

	long audits(String event, long id) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_type = 'Evaluation' "
				+ "and object_id = ?", Long.class, event, String.valueOf(id));
	}

	@Test
	void evidencePerIndicatorAndTheIpOfficesCoReview() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("佐证会审测试公司", FENGTAI, BaseType.POINT, date);
		EvaluationFixtures.Designated other = fixtures.designate("佐证会审他公司", FENGTAI, BaseType.POINT, date);
		SystemView point = systems.createDefault(year, BaseType.POINT, "test-municipal");
		SystemView zone = systems.createDefault(year, BaseType.ZONE, "test-municipal");
		long roundId = rounds.open(new EvaluationRounds.Opening(year, date.plusDays(1), LocalDate.of(year, 1, 20),
				LocalDate.of(year, 2, 27), point.id(), zone.id()), "test-municipal");
		long id = jdbc.queryForObject("select id from evaluation where round_id = ? and base_id = ?", Long.class,
				roundId, base.baseId());

		// the base attaches evidence to S1 while it edits its self-evaluation
		mvc.perform(multipart("/evaluation/evaluations/{id}/evidence", id)
			.file(new MockMultipartFile("file", "领导机构文件.pdf", "application/pdf", SampleFiles.pdf("领导机构")))
			.param("code", "S1")
			.with(unit(base))
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "evaluation.evidence.added"));
		// an unknown indicator is refused, and nothing is stored
		mvc.perform(multipart("/evaluation/evaluations/{id}/evidence", id)
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", SampleFiles.pdf("x")))
			.param("code", "NOPE")
			.with(unit(base))
			.with(csrf())).andExpect(status().isBadRequest());
		// another unit does not find the evaluation
		mvc.perform(multipart("/evaluation/evaluations/{id}/evidence", id)
			.file(new MockMultipartFile("file", "y.pdf", "application/pdf", SampleFiles.pdf("y")))
			.param("code", "S1")
			.with(unit(other))
			.with(csrf())).andExpect(status().isNotFound());
		long fileId = jdbc.queryForObject("select id from attachment where owner_type = 'evaluation' and owner_id = ?",
				Long.class, id);
		assertThat(jdbc.queryForObject("select slot from attachment where id = ?", String.class, fileId))
			.isEqualTo("S1");

		// self-evaluation submitted: the district scores, its IP office comments on S1
		CurrentUser unitUser = PublishedRounds.user(Role.APPLICANT, FENGTAI, base.unitId());
		Map<String, cn.tsbase.evaluation.internal.SelfAndDistrictInputs.Self> self = new java.util.LinkedHashMap<>();
		systems.find(point.id()).content().indicators().forEach(i -> self.put(i.code(),
				new cn.tsbase.evaluation.internal.SelfAndDistrictInputs.Self("已落实", i.veto() ? null : i.points())));
		evaluations.writeSelf(id, version(id), self, unitUser);
		evaluations.submitSelf(id, version(id), unitUser);
		// evidence is frozen with the submitted self-evaluation
		mvc.perform(multipart("/evaluation/evaluations/{id}/evidence", id)
			.file(new MockMultipartFile("file", "late.pdf", "application/pdf", SampleFiles.pdf("late")))
			.param("code", "S1")
			.with(unit(base))
			.with(csrf())).andExpect(status().isConflict());

		RequestPostProcessor ip = Principals.role(Role.IP_OFFICER, FENGTAI, null);
		mvc.perform(get("/evaluation/evaluations/{id}", id).with(ip))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"coReviewForm\"")));
		mvc.perform(post("/evaluation/evaluations/{id}/co-review", id).param("code", "S1")
			.param("comment", "领导机构文件未见经费安排").with(ip).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "evaluation.coReview.saved"));
		mvc.perform(post("/evaluation/evaluations/{id}/co-review", id).param("code", "S1").param("comment", " ")
			.with(ip).with(csrf())).andExpect(flash().attribute("flashError", "evaluation.coReview.invalid"));
		// the IP office of another district does not find it; a district officer may not comment
		mvc.perform(post("/evaluation/evaluations/{id}/co-review", id).param("code", "S1").param("comment", "外区")
			.with(Principals.role(Role.IP_OFFICER, "110113", null)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/evaluation/evaluations/{id}/co-review", id).param("code", "S1").param("comment", "区局")
			.with(Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForList("select comment_text from evaluation_co_review where evaluation_id = ?",
				String.class, id)).containsExactly("领导机构文件未见经费安排");

		// the district scores with the comment and the evidence beside S1; the base sees neither comment
		mvc.perform(get("/evaluation/evaluations/{id}", id).with(Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("知识产权部门会审意见：领导机构文件未见经费安排")))
			.andExpect(content().string(containsString("/evaluation/evaluations/" + id + "/evidence/" + fileId)));
		mvc.perform(get("/evaluation/evaluations/{id}", id).with(unit(base)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("领导机构文件.pdf")))
			.andExpect(content().string(not(containsString("领导机构文件未见经费安排"))));

		// downloads: the district and the bureau, audited; another unit and another district get 404
		mvc.perform(get("/evaluation/evaluations/{id}/evidence/{fid}", id, fileId)
			.with(Principals.role(Role.DISTRICT_OFFICER, FENGTAI, null))).andExpect(status().isOk());
		mvc.perform(get("/evaluation/evaluations/{id}/evidence/{fid}", id, fileId)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isOk());
		mvc.perform(get("/evaluation/evaluations/{id}/evidence/{fid}", id, fileId).with(unit(other)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/evaluations/{id}/evidence/{fid}", id, fileId)
			.with(Principals.role(Role.DISTRICT_OFFICER, "110113", null))).andExpect(status().isNotFound());

		// once proposed, the IP office's comment is too late
		Map<String, cn.tsbase.evaluation.internal.SelfAndDistrictInputs.District> scores = new java.util.LinkedHashMap<>();
		systems.find(point.id()).content().indicators().forEach(i -> scores.put(i.code(),
				new cn.tsbase.evaluation.internal.SelfAndDistrictInputs.District(i.veto() ? null : i.points(), "好",
						false)));
		CurrentUser district = PublishedRounds.user(Role.DISTRICT_OFFICER, FENGTAI, null);
		evaluations.score(id, version(id), scores, district);
		evaluations.propose(id, version(id), district);
		mvc.perform(post("/evaluation/evaluations/{id}/co-review", id).param("code", "S2").param("comment", "晚了")
			.with(ip).with(csrf())).andExpect(status().isConflict());

		await().atMost(Duration.ofSeconds(20)).until(() -> audits("EVALUATION_CO_REVIEWED", id) == 1
				&& audits("EVALUATION_EVIDENCE_ADDED", id) == 1 && audits("EVALUATION_EVIDENCE_DOWNLOADED", id) == 2);
	}
}
