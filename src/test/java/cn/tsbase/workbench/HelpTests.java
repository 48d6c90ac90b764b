package cn.tsbase.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.Role;

/** Each role's help: the procedure in steps, common questions and the bureau's contact from configuration. */
@IntegrationTest
class HelpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	Document help(RequestPostProcessor user) throws Exception {
		return Jsoup.parse(mvc.perform(get("/help").with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void everyRoleGetsItsOwnStepsAndQuestionsWithTheBureausContact() throws Exception {
		for (Role role : Role.values()) {
			Document page = help(Principals.role(role, "110102", role == Role.APPLICANT ? 1L : null));
			assertThat(page.select(".help-topic")).as(role.name()).hasSize(1);
			assertThat(page.getElementById("help-" + role.name())).as(role.name()).isNotNull();
			assertThat(page.select("#help-" + role.name() + " .help-steps li").size()).isGreaterThanOrEqualTo(2);
			assertThat(page.select("#help-" + role.name() + " .help-faq dt").size()).isGreaterThanOrEqualTo(2);
			assertThat(page.getElementById("helpContact").text()).contains("010-12345", "tsbase@scjgj.beijing.gov.cn");
		}
	}

	@Test
	void visitorsGetTheHelpForThePublicAndTheUserMenuLinksToHelp() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/help")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.getElementById("help-PUBLIC").text()).contains("证书核验");
		Document home = Jsoup.parse(mvc.perform(get("/").with(Principals.role(Role.EXPERT, null, null)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(home.getElementById("helpLink").attr("href")).isEqualTo("/help");
	}

	@Test
	void everyStepAndQuestionOfEveryTopicIsInBothLanguages() {
		for (HelpTopics.Topic topic : HelpTopics.all()) {
			for (Locale locale : new Locale[] { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH }) {
				assertThat(messages.getMessage(topic.titleKey(), null, locale)).isNotBlank();
				topic.stepKeys().forEach(key -> assertThat(messages.getMessage(key, null, locale)).isNotBlank());
				topic.questionKeys().forEach(key -> {
					assertThat(messages.getMessage(key + ".q", null, locale)).isNotBlank();
					assertThat(messages.getMessage(key + ".a", null, locale)).isNotBlank();
				});
			}
		}
	}
}
