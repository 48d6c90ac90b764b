package cn.tsbase.declaration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.organization.ApplicationBans;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** A unit whose base's title was revoked may not start a declaration while its ban lasts; after it, it may. */
@IntegrationTest
class ApplicationBanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	UnitFixtures units;

	@Autowired
	ApplicationBans bans;

	@Test
	void aBannedUnitCannotStartADeclarationUntilTheBanEnds() throws Exception {
		Instant now = Instant.now();
		CurrentUser officer = new CurrentUser(0L, "officer-ban", null, "区市场监管局", EnumSet.of(Role.DISTRICT_OFFICER),
				"110102", null, true, true, false);
		CallView call = declarations.createCall(new NewCall("申报限制测试", 2026, EnumSet.allOf(BaseType.class),
				"<p>请按要求申报</p>", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 3, 1), officer);
		UnitFixtures.RegisteredUnit banned = units.register("申报限制测试单位", "110102");
		UnitFixtures.RegisteredUnit expired = units.register("申报限制期满单位", "110102");
		bans.ban(banned.unit().getId(), LocalDate.now().plusYears(3), "摘牌", "test");
		bans.ban(expired.unit().getId(), LocalDate.now(), "摘牌", "test");

		mvc.perform(post("/declarations").with(csrf()).with(unit(banned))
			.param("callId", String.valueOf(call.id()))
			.param("baseType", "POINT")).andExpect(status().isConflict());
		mvc.perform(post("/declarations").with(csrf()).with(unit(expired))
			.param("callId", String.valueOf(call.id()))
			.param("baseType", "POINT")).andExpect(status().is3xxRedirection());
	}

	private static RequestPostProcessor unit(UnitFixtures.RegisteredUnit registered) {
		return Principals.as(new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false));
	}
}
