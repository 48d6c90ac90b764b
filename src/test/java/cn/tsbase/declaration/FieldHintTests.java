package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.FieldHints;
import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Field hints (issue 11): every field of the declaration form's sections, of the call form and of the unit
 * registration shows a hint under it, in Chinese and in English, and is described by it (and by its error when it
 * has one) for screen readers.
 */
@IntegrationTest
class FieldHintTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	UnitFixtures units;

	Document page(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private DeclarationView zoneDraft() {
		UnitFixtures.RegisteredUnit registered = units.register("字段提示单位", "110102");
		CurrentUser unit = new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				"110102", registered.unit().getId(), true, true, false);
		Instant now = Instant.now();
		CurrentUser officer = new CurrentUser(0L, "officer-110102", null, "区局", EnumSet.of(Role.DISTRICT_OFFICER),
				"110102", null, true, true, false);
		CallView call = declarations.createCall(new NewCall("字段提示通知", 2026, EnumSet.allOf(BaseType.class), "<p>要求</p>",
				now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 3, 1), officer);
		return declarations.start(call.id(), BaseType.ZONE, unit);
	}

	private RequestPostProcessor owner(DeclarationView draft) {
		return Principals.role(Role.APPLICANT, "110102", draft.unitId());
	}

	@Test
	void everyFieldOfEverySectionOfTheDeclarationFormHasItsHintInBothLanguages() throws Exception {
		DeclarationView draft = zoneDraft();
		for (String language : new String[] { "zh_CN", "en" }) {
			for (Section section : Section.values()) {
				Document form = page(get("/declarations/{id}/sections/{s}", draft.id(), section.path())
					.param("lang", language), owner(draft));
				FieldHints.assertEveryFieldHinted(form, "#sectionForm");
			}
		}
		Document basic = page(get("/declarations/{id}/sections/basic", draft.id()), owner(draft));
		assertThat(basic.getElementById("postcode").attr("aria-describedby")).isEqualTo("postcodeHint");
		assertThat(basic.getElementById("postcodeHint").text()).contains("6 位数字");
		Document secrets = page(get("/declarations/{id}/sections/secrets", draft.id()), owner(draft));
		assertThat(secrets.selectFirst("fieldset[aria-describedby=guidanceWantedHint]")).isNotNull();
		assertThat(secrets.getElementById("guidanceWantedHint").text()).isNotBlank();
	}

	@Test
	void aFieldWithAnErrorIsDescribedByTheErrorAndTheHint() throws Exception {
		DeclarationView draft = zoneDraft();
		Document form = page(post("/declarations/{id}/sections/basic", draft.id()).with(csrf())
			.param("version", String.valueOf(draft.version()))
			.param("postcode", "1000321234"), owner(draft));
		assertThat(form.getElementById("postcode").hasClass("is-invalid")).isTrue();
		assertThat(form.getElementById("postcode").attr("aria-describedby")).isEqualTo("postcodeError postcodeHint");
		assertThat(form.getElementById("postcodeError").text()).isNotBlank();
		FieldHints.assertEveryFieldHinted(form, "#sectionForm");
	}

	@Test
	void theCallFormAndTheUnitRegistrationHintEveryField() throws Exception {
		for (String language : new String[] { "zh_CN", "en" }) {
			Document call = page(get("/calls/new").param("lang", language),
					Principals.role(Role.DISTRICT_OFFICER, "110102", null));
			FieldHints.assertEveryFieldHinted(call, "#callForm");
			Document registration = page(get("/register").param("lang", language), request -> request);
			FieldHints.assertEveryFieldHinted(registration, "#registrationForm");
		}
		Document registration = page(get("/register"), request -> request);
		assertThat(registration.getElementById("postcode").attr("aria-describedby")).isEqualTo("postcode-hint");
		assertThat(registration.getElementById("postcode-hint").text()).contains("6 位数字");
	}
}
