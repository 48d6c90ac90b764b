package cn.tsbase.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.guidance.internal.QuestionView;
import cn.tsbase.guidance.internal.QuestionnaireStatus;
import cn.tsbase.guidance.internal.QuestionnaireView;
import cn.tsbase.guidance.internal.Questionnaires;
import cn.tsbase.organization.TestUnit;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The questionnaire's versions: the one in use is frozen; a new version copies it, is edited as a draft, must cover
 * every element to be published, and replaces it; results answered against the old version still read as answered.
 */
@IntegrationTest
class QuestionnaireVersioningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@Autowired
	Questionnaires questionnaires;

	RequestPostProcessor bureau = Principals.role(Role.MUNICIPAL_OFFICER, null, null);

	MockHttpServletRequestBuilder addQuestion(QuestionnaireView questionnaire, int element, String options) {
		return post("/guidance/questionnaires/" + questionnaire.id() + "/questions").with(bureau)
			.with(csrf())
			.param("version", String.valueOf(questionnaire.version()))
			.param("element", String.valueOf(element))
			.param("text", "是否对商业秘密密级进行年度复核？")
			.param("suggestion", "每年复核一次密级和知悉范围。")
			.param("options", options);
	}

	@Test
	void theVersionInUseIsFrozenAndANewVersionCopiesItAndReplacesItOncePublished() throws Exception {
		QuestionnaireView inUse = questionnaires.current();
		TestUnit unit = units.register("问卷版本科技有限公司", "110102").unit();
		RequestPostProcessor applicant = Principals.role(Role.APPLICANT, "110102", unit.getId());
		var answer = post("/guidance/self-assessments").with(applicant)
			.with(csrf())
			.param("questionnaireId", String.valueOf(inUse.id()));
		for (QuestionView question : inUse.questions()) {
			answer.param("q" + question.id(), String.valueOf(question.options().get(0).id()));
		}
		String location = mvc.perform(answer).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();

		// frozen: nothing of the version in use can change
		mvc.perform(addQuestion(inUse, 3, "4 | 已落实\n0 | 未落实")).andExpect(status().isConflict());
		mvc.perform(post("/guidance/questionnaires/" + inUse.id() + "/questions/" + inUse.questions().get(0).id()
				+ "/delete").with(bureau).with(csrf()).param("version", String.valueOf(inUse.version())))
			.andExpect(status().isConflict());

		String created = mvc.perform(post("/guidance/questionnaires").with(bureau).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long draftId = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		mvc.perform(post("/guidance/questionnaires").with(bureau).with(csrf())).andExpect(status().isConflict());
		QuestionnaireView draft = questionnaires.find(draftId);
		assertThat(draft.status()).isEqualTo(QuestionnaireStatus.DRAFT);
		assertThat(draft.versionNo()).isGreaterThan(inUse.versionNo());
		assertThat(draft.questions()).extracting(QuestionView::text)
			.containsExactlyElementsOf(inUse.questions().stream().map(QuestionView::text).toList());

		// edits: malformed options are refused in Chinese; removing every question of element 3 blocks publishing
		String refused = mvc.perform(addQuestion(draft, 3, "已落实 4")).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(refused).text()).contains("选项格式不正确");
		for (QuestionView question : draft.ofElement(3)) {
			QuestionnaireView now = questionnaires.find(draftId);
			mvc.perform(post("/guidance/questionnaires/" + draftId + "/questions/" + question.id() + "/delete")
				.with(bureau)
				.with(csrf())
				.param("version", String.valueOf(now.version()))).andExpect(status().is3xxRedirection());
		}
		String blocked = mvc.perform(post("/guidance/questionnaires/" + draftId + "/publish").with(bureau)
			.with(csrf())
			.param("version", String.valueOf(questionnaires.find(draftId).version())))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(blocked).text()).contains("以下要素尚无题目", "3");
		mvc.perform(addQuestion(questionnaires.find(draftId), 3, "4 | 已落实\n2 | 部分落实 | 补齐复核记录\n0 | 未落实"))
			.andExpect(status().is3xxRedirection());
		QuestionnaireView edited = questionnaires.find(draftId);
		assertThat(edited.ofElement(3)).singleElement().satisfies(q -> {
			assertThat(q.maxPoints()).isEqualTo(4);
			assertThat(q.options().get(1).suggestion()).isEqualTo("补齐复核记录");
		});
		assertThat(questionnaires.find(inUse.id()).questions()).hasSameSizeAs(inUse.questions());

		// a question is rewritten in place and moved within its element; the version in use stays frozen
		mvc.perform(addQuestion(questionnaires.find(draftId), 2, "4 | 已落实\n0 | 未落实"))
			.andExpect(status().is3xxRedirection());
		List<QuestionView> ofTwo = questionnaires.find(draftId).ofElement(2);
		QuestionView first = ofTwo.get(0);
		QuestionView last = ofTwo.get(ofTwo.size() - 1);
		long beforeEdit = questionnaires.find(draftId).version();
		mvc.perform(post("/guidance/questionnaires/" + draftId + "/questions/" + first.id()).with(bureau)
			.with(csrf())
			.param("version", String.valueOf(beforeEdit))
			.param("element", "2")
			.param("text", "是否建立商业秘密台账并每季度更新？")
			.param("suggestion", "建立台账，按季度更新。")
			.param("options", "5 | 全面落实\n3 | 部分落实 | 补齐季度更新记录\n0 | 未落实"))
			.andExpect(status().is3xxRedirection());
		// the edit of a question raised the questionnaire's version: a second form still holding the old one is
		// refused with the conflict message and changes nothing
		assertThat(questionnaires.find(draftId).version()).isGreaterThan(beforeEdit);
		String stale = mvc.perform(post("/guidance/questionnaires/" + draftId + "/questions/" + first.id())
			.with(bureau)
			.with(csrf())
			.param("version", String.valueOf(beforeEdit))
			.param("element", "2")
			.param("text", "过时表单的改写")
			.param("suggestion", "建议")
			.param("options", "4 | 已落实\n0 | 未落实"))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(stale).text()).contains("已被他人修改");
		mvc.perform(post("/guidance/questionnaires/" + draftId + "/questions/" + first.id() + "/move").with(bureau)
			.with(csrf())
			.param("version", String.valueOf(beforeEdit))
			.param("direction", "down")).andExpect(status().isConflict());
		assertThat(questionnaires.find(draftId).ofElement(2).get(0)).satisfies(q -> {
			assertThat(q.id()).isEqualTo(first.id());
			assertThat(q.position()).isEqualTo(first.position());
			assertThat(q.text()).isEqualTo("是否建立商业秘密台账并每季度更新？");
			assertThat(q.maxPoints()).isEqualTo(5);
			assertThat(q.options()).hasSize(3);
			assertThat(q.optionsText()).contains("3 | 部分落实 | 补齐季度更新记录");
		});
		for (int i = 1; i < ofTwo.size(); i++) {
			mvc.perform(post("/guidance/questionnaires/" + draftId + "/questions/" + last.id() + "/move").with(bureau)
				.with(csrf())
				.param("version", String.valueOf(questionnaires.find(draftId).version()))
				.param("direction", "up")).andExpect(status().is3xxRedirection());
		}
		assertThat(questionnaires.find(draftId).ofElement(2).get(0).id()).isEqualTo(last.id());
		mvc.perform(post("/guidance/questionnaires/" + draftId + "/questions/" + last.id() + "/move").with(bureau)
			.with(csrf())
			.param("version", String.valueOf(questionnaires.find(draftId).version()))
			.param("direction", "up")).andExpect(status().is3xxRedirection());
		assertThat(questionnaires.find(draftId).ofElement(2).get(0).id()).isEqualTo(last.id());
		mvc.perform(post("/guidance/questionnaires/" + draftId + "/questions/" + last.id() + "/move").with(bureau)
			.with(csrf())
			.param("version", String.valueOf(questionnaires.find(draftId).version()))
			.param("direction", "down")).andExpect(status().is3xxRedirection());
		assertThat(questionnaires.find(draftId).ofElement(2).get(1).id()).isEqualTo(last.id());
		mvc.perform(post("/guidance/questionnaires/" + draftId + "/questions/" + last.id() + "/move").with(bureau)
			.with(csrf())
			.param("version", String.valueOf(questionnaires.find(draftId).version()))
			.param("direction", "sideways")).andExpect(status().isBadRequest());
		mvc.perform(post("/guidance/questionnaires/" + draftId + "/questions/" + inUse.questions().get(0).id())
			.with(bureau)
			.with(csrf())
			.param("version", String.valueOf(questionnaires.find(draftId).version()))
			.param("element", "2")
			.param("text", "别的版本的题目")
			.param("suggestion", "建议")
			.param("options", "4 | 已落实\n0 | 未落实")).andExpect(status().isBadRequest());
		mvc.perform(post("/guidance/questionnaires/" + inUse.id() + "/questions/" + inUse.questions().get(0).id())
			.with(bureau)
			.with(csrf())
			.param("version", String.valueOf(inUse.version()))
			.param("element", "1")
			.param("text", "冻结版本的题目")
			.param("suggestion", "建议")
			.param("options", "4 | 已落实\n0 | 未落实")).andExpect(status().isConflict());
		assertThat(questionnaires.find(inUse.id()).questions()).extracting(QuestionView::text)
			.containsExactlyElementsOf(inUse.questions().stream().map(QuestionView::text).toList());
		Document draftPage = Jsoup.parse(mvc.perform(get("/guidance/questionnaires/" + draftId).with(bureau))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(draftPage.select("#question-" + first.id() + " textarea[name=options]").text())
			.contains("5 | 全面落实");

		mvc.perform(post("/guidance/questionnaires/" + draftId + "/publish").with(bureau)
			.with(csrf())
			.param("version", String.valueOf(edited.version()))).andExpect(status().isConflict());
		mvc.perform(post("/guidance/questionnaires/" + draftId + "/publish").with(bureau)
			.with(csrf())
			.param("version", String.valueOf(questionnaires.find(draftId).version())))
			.andExpect(status().is3xxRedirection());
		assertThat(questionnaires.current().id()).isEqualTo(draftId);
		assertThat(questionnaires.find(inUse.id()).status()).isEqualTo(QuestionnaireStatus.RETIRED);
		mvc.perform(addQuestion(questionnaires.current(), 3, "4 | 已落实\n0 | 未落实")).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/self-assessments/questionnaire").with(applicant))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(draftId));

		// the earlier result still reads against the version it answered; an answer to the old version is refused
		assertThat(Jsoup.parse(mvc.perform(get(location).with(applicant)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).select("#summary").text()).contains("问卷第 " + inUse.versionNo() + " 版");
		mvc.perform(answer).andExpect(status().isConflict());
		List<String> pages = List.of("/guidance/questionnaires", "/guidance/questionnaires/" + draftId);
		for (String page : pages) {
			mvc.perform(get(page).with(bureau)).andExpect(status().isOk());
		}
	}
}
