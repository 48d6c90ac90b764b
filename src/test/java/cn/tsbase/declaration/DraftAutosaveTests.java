package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Typed text is not lost: a section autosaves through htmx and answers "已自动保存 hh:mm" with the new version, says
 * why when it could not save, and refuses a stale version like any save; the form carries what the script needs.
 */
@IntegrationTest
class DraftAutosaveTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	UnitFixtures units;

	private CurrentUser unitUser(UnitFixtures.RegisteredUnit registered) {
		return new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false);
	}

	private DeclarationView draft(CurrentUser unit) {
		Instant now = Instant.now();
		CurrentUser officer = new CurrentUser(0L, "officer-110102", null, "区局", EnumSet.of(Role.DISTRICT_OFFICER),
				"110102", null, true, true, false);
		CallView call = declarations.createCall(new NewCall("自动保存通知", 2026, EnumSet.allOf(BaseType.class), "<p>要求</p>",
				now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 3, 1), officer);
		return declarations.start(call.id(), BaseType.POINT, unit);
	}

	@Test
	void anAutosaveStoresTheSectionAndAnswersWithTheTimeAndTheNewVersion() throws Exception {
		CurrentUser unit = unitUser(units.register("自动保存单位", "110102"));
		DeclarationView draft = draft(unit);
		RequestPostProcessor as = Principals.as(unit);

		mvc.perform(get("/declarations/{id}/sections/elements", draft.id()).with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-autosave-url=\"/declarations/" + draft.id()
					+ "/sections/elements\"")))
			.andExpect(content().string(containsString("/js/declaration-form.js")))
			.andExpect(content().string(containsString("data-max-length=\"1500\"")));

		mvc.perform(post("/declarations/{id}/sections/elements", draft.id()).with(csrf())
			.with(as)
			.header("HX-Request", "true")
			.param("version", String.valueOf(draft.version()))
			.param("elements[0]", "设立商业秘密保护领导小组，由总经理任组长。"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已自动保存 ")))
			.andExpect(content().string(containsString("data-saved=\"true\"")))
			.andExpect(content().string(containsString("id=\"draftVersion\" value=\"" + (draft.version() + 1) + "\"")))
			.andExpect(content().string(not(containsString("<html"))));
		DeclarationView saved = declarations.get(draft.id(), unit.scope());
		assertThat(saved.version()).isEqualTo(draft.version() + 1);
		assertThat(declarations.open(draft.id(), unit).content().elements().get(0)).isEqualTo("设立商业秘密保护领导小组，由总经理任组长。");

		// an autosave with the version the page had before is someone else's change: refused, nothing stored
		mvc.perform(post("/declarations/{id}/sections/elements", draft.id()).with(csrf())
			.with(as)
			.header("HX-Request", "true")
			.param("version", String.valueOf(draft.version()))
			.param("elements[0]", "旧页面的内容"))
			.andExpect(status().isConflict());
		assertThat(declarations.open(draft.id(), unit).content().elements().get(0))
			.isEqualTo("设立商业秘密保护领导小组，由总经理任组长。");
	}

	@Test
	void anAutosaveThatFailsValidationSaysSoAndStoresNothing() throws Exception {
		CurrentUser unit = unitUser(units.register("自动保存校验单位", "110102"));
		DeclarationView draft = draft(unit);

		mvc.perform(post("/declarations/{id}/sections/elements", draft.id()).with(csrf())
			.with(Principals.as(unit))
			.header("HX-Request", "true")
			.param("version", String.valueOf(draft.version()))
			.param("elements[0]", "长".repeat(5001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未自动保存：有 1 处需要修改")))
			.andExpect(content().string(containsString("data-saved=\"false\"")))
			.andExpect(content().string(not(containsString("draftVersion"))));
		assertThat(declarations.get(draft.id(), unit.scope()).version()).isEqualTo(draft.version());
	}
}
