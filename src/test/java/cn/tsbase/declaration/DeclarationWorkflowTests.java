package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** A unit's declaration through the district's procedure: drafts, submission, return, resubmission, versions. */
@IntegrationTest
class DeclarationWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static CurrentUser officer(String district) {
		return new CurrentUser(0L, "officer-" + district, null, "区市场监管局", EnumSet.of(Role.DISTRICT_OFFICER),
				district, null, true, true, false);
	}

	static CurrentUser unitUser(UnitFixtures.RegisteredUnit registered) {
		return new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false);
	}

	CallView openCall(String district) {
		Instant now = clock.instant();
		return declarations.createCall(new NewCall("2026年度商业秘密保护示范基地申报", 2026, EnumSet.allOf(BaseType.class),
				"<p>请按要求申报</p>", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 3, 1),
				officer(district));
	}

	DeclarationView completeDraft(CallView call, UnitFixtures.RegisteredUnit registered, BaseType type) {
		CurrentUser user = unitUser(registered);
		DeclarationView declaration = declarations.start(call.id(), type, user);
		return declarations.saveDraft(declaration.id(), declaration.version(),
				content -> DeclarationFixtures.complete(content, type), user);
	}

	@Test
	void anOfficerPublishesACallThatTheDistrictsUnitsSee() throws Exception {
		String title = "测试通知" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/calls").with(csrf())
			.with(Principals.as(officer("110102")))
			.param("title", title)
			.param("year", "2026")
			.param("baseTypes", "POINT", "ZONE")
			.param("requirements", "<p>材料要求</p><script>alert(1)</script>")
			.param("opensAt", "2026-01-01T09:00")
			.param("closesAt", "2099-06-30T17:00")
			.param("quotaPoints", "3")
			.param("quotaZones", "1")).andExpect(status().is3xxRedirection());

		var row = jdbc.queryForMap("select district_code, requirements_html from declaration_call where title = ?",
				title);
		assertThat(row.get("district_code")).isEqualTo("110102");
		assertThat((String) row.get("requirements_html")).contains("材料要求").doesNotContain("script");

		UnitFixtures.RegisteredUnit xicheng = units.register("看通知单位", "110102");
		UnitFixtures.RegisteredUnit haidian = units.register("外区单位", "110108");
		mvc.perform(get("/declarations").with(Principals.as(unitUser(xicheng))))
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/declarations").with(Principals.as(unitUser(haidian))))
			.andExpect(content().string(not(containsString(title))));
	}

	@Test
	void aCallClosingBeforeItOpensIsRefused() throws Exception {
		mvc.perform(post("/calls").with(csrf())
			.with(Principals.as(officer("110102")))
			.param("title", "错误通知")
			.param("year", "2026")
			.param("baseTypes", "POINT")
			.param("requirements", "要求")
			.param("opensAt", "2026-06-30T09:00")
			.param("closesAt", "2026-06-01T17:00")
			.param("quotaPoints", "3")
			.param("quotaZones", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("截止时间须晚于开始时间")));
	}

	@Test
	void aUnitStartsADeclarationPrefilledFromItsProfileAndOnlyOncePerCall() throws Exception {
		CallView call = openCall("110102");
		UnitFixtures.RegisteredUnit registered = units.register("预填单位", "110102");
		RequestPostProcessor unit = Principals.as(unitUser(registered));

		mvc.perform(post("/declarations").with(csrf()).with(unit)
			.param("callId", String.valueOf(call.id()))
			.param("baseType", "POINT")).andExpect(status().is3xxRedirection());
		Long id = jdbc.queryForObject("select id from declaration where call_id = ? and unit_id = ?", Long.class,
				call.id(), registered.unit().getId());
		mvc.perform(get("/declarations/{id}/sections/basic", id).with(unit))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("预填单位")))
			.andExpect(content().string(containsString(registered.unit().getUscc())));

		mvc.perform(post("/declarations").with(csrf()).with(unit)
			.param("callId", String.valueOf(call.id()))
			.param("baseType", "ZONE")).andExpect(status().isConflict());
	}

	@Test
	void aDraftSavesWhateverIsTypedAndTheOverviewListsWhatIsMissing() throws Exception {
		CallView call = openCall("110102");
		UnitFixtures.RegisteredUnit registered = units.register("草稿单位", "110102");
		RequestPostProcessor unit = Principals.as(unitUser(registered));
		DeclarationView declaration = declarations.start(call.id(), BaseType.POINT, unitUser(registered));

		mvc.perform(post("/declarations/{id}/sections/standards", declaration.id()).with(csrf()).with(unit)
			.param("version", String.valueOf(declaration.version()))
			.param("leaderName", "王总")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/declarations/{id}", declaration.id()).with(unit))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("管理部门：尚未填写")))
			.andExpect(content().string(not(containsString("领导机构负责人：尚未填写"))))
			.andExpect(content().string(containsString("/declarations/" + declaration.id()
					+ "/sections/standards#officeDepartment")));
	}

	@Test
	void theSectionFormsCannotSetStatusDistrictScoreOrOwner() throws Exception {
		CallView call = openCall("110102");
		UnitFixtures.RegisteredUnit registered = units.register("越权字段单位", "110102");
		DeclarationView declaration = declarations.start(call.id(), BaseType.POINT, unitUser(registered));

		mvc.perform(post("/declarations/{id}/sections/basic", declaration.id()).with(csrf())
			.with(Principals.as(unitUser(registered)))
			.param("version", String.valueOf(declaration.version()))
			.param("unitName", "越权字段单位")
			.param("status", "RECOMMENDED")
			.param("districtCode", "110108")
			.param("unitId", "1")
			.param("uscc", "91110108MA0B2C3D6X")
			.param("totalScore", "100")).andExpect(status().is3xxRedirection());

		var row = jdbc.queryForMap("select status, district_code, unit_id from declaration where id = ?",
				declaration.id());
		assertThat(row.get("status")).isEqualTo("DRAFT");
		assertThat(row.get("district_code")).isEqualTo("110102");
		assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(registered.unit().getId());
		assertThat(declarations.open(declaration.id(), unitUser(registered)).content().basic()
			.uscc()).isEqualTo(registered.unit().getUscc());
	}

	@Test
	void anIncompleteDeclarationCannotBeSubmitted() throws Exception {
		CallView call = openCall("110102");
		UnitFixtures.RegisteredUnit registered = units.register("不完整单位", "110102");
		DeclarationView declaration = declarations.start(call.id(), BaseType.POINT, unitUser(registered));

		mvc.perform(post("/declarations/{id}/submit", declaration.id()).with(csrf())
			.with(Principals.as(unitUser(registered)))
			.param("version", String.valueOf(declaration.version()))
			.param("token", UUID.randomUUID().toString())
			.param("signer", "张三")
			.param("signedOn", "2026-06-01")
			.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("申报表尚未填写完整")));
		assertThat(declarations.get(declaration.id(), unitUser(registered).scope()).status())
			.isEqualTo(DeclarationStatus.DRAFT);
	}

	@Test
	void aDoubleClickSubmitsOnceAndTheDistrictReturnsTheUnitCorrectsAndResubmits() throws Exception {
		CallView call = openCall("110102");
		UnitFixtures.RegisteredUnit registered = units.register("补正单位", "110102");
		RequestPostProcessor unit = Principals.as(unitUser(registered));
		DeclarationView draft = completeDraft(call, registered, BaseType.POINT);
		String token = UUID.randomUUID().toString();

		for (int click = 0; click < 2; click++) {
			mvc.perform(post("/declarations/{id}/submit", draft.id()).with(csrf()).with(unit)
				.param("version", String.valueOf(draft.version()))
				.param("token", token)
				.param("signer", "张三")
				.param("signedOn", "2026-06-01")
				.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.queryForObject("select count(*) from declaration_version where declaration_id = ?",
				Long.class, draft.id())).isEqualTo(1);
		DeclarationView submitted = declarations.get(draft.id(), unitUser(registered).scope());
		assertThat(submitted.status()).isEqualTo(DeclarationStatus.SUBMITTED);

		declarations.returnForCorrection(submitted.id(), submitted.version(),
				Map.of(Section.STANDARDS, "请补充管理部门的专职人员情况"), officer("110102"));

		mvc.perform(get("/declarations/{id}/sections/standards", draft.id()).with(unit))
			.andExpect(content().string(containsString("请补充管理部门的专职人员情况")));
		DeclarationView returned = declarations.get(draft.id(), unitUser(registered).scope());
		mvc.perform(post("/declarations/{id}/sections/standards", draft.id()).with(csrf()).with(unit)
			.param("version", String.valueOf(returned.version()))
			.param("leaderName", "王总")
			.param("officeDepartment", "法务部")
			.param("fullTimeStaff", "5")
			.param("rules", "《商业秘密管理办法》")
			.param("emergencyPlan", "《应急预案》")
			.param("annualPlan", "年度计划")
			.param("liaisonName", "李联络")
			.param("liaisonPhone", "13800000001")).andExpect(status().is3xxRedirection());
		DeclarationView corrected = declarations.get(draft.id(), unitUser(registered).scope());
		declarations.submit(corrected.id(), corrected.version(), UUID.randomUUID().toString(), "张三",
				LocalDate.of(2026, 6, 2), unitUser(registered));

		assertThat(declarations.get(draft.id(), unitUser(registered).scope()).status())
			.isEqualTo(DeclarationStatus.RESUBMITTED);
		mvc.perform(get("/declarations/{id}/compare", draft.id()).param("from", "1")
			.param("to", "2")
			.with(Principals.as(officer("110102"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("专职人员（人）")))
			.andExpect(content().string(not(containsString("standards.fullTimeStaff"))))
			.andExpect(content().string(not(containsString("领导机构负责人"))));
	}

	@Test
	void aTransitionFromTheWrongStateIsAConflictAndChangesNothing() throws Exception {
		CallView call = openCall("110102");
		UnitFixtures.RegisteredUnit registered = units.register("状态单位", "110102");
		DeclarationView draft = completeDraft(call, registered, BaseType.POINT);
		// a draft is the unit's own: to an officer it does not exist
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> declarations.returnForCorrection(draft.id(), draft.version(),
					Map.of(Section.BASIC, "原因"), officer("110102")))
			.isInstanceOf(cn.tsbase.shared.NotFoundException.class);
		DeclarationView submitted = declarations.submit(draft.id(), draft.version(), "t-" + UUID.randomUUID(),
				"张三", LocalDate.now(), unitUser(registered));
		DeclarationView withdrawn = declarations.withdraw(submitted.id(), submitted.version(),
				unitUser(registered));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> declarations.returnForCorrection(withdrawn.id(), withdrawn.version(),
					Map.of(Section.BASIC, "原因"), officer("110102")))
			.isInstanceOf(cn.tsbase.shared.StateConflictException.class);
		assertThat(declarations.get(draft.id(), unitUser(registered).scope()).status())
			.isEqualTo(DeclarationStatus.WITHDRAWN);
	}

	@Test
	void afterTheDeadlineNothingIsSubmitted() throws Exception {
		CallView call = openCall("110102");
		UnitFixtures.RegisteredUnit registered = units.register("逾期单位", "110102");
		DeclarationView draft = completeDraft(call, registered, BaseType.POINT);
		clock.advance(Duration.ofDays(31));
		mvc.perform(post("/declarations/{id}/submit", draft.id()).with(csrf())
			.with(Principals.as(unitUser(registered)))
			.param("version", String.valueOf(draft.version()))
			.param("token", UUID.randomUUID().toString())
			.param("signer", "张三")
			.param("signedOn", "2026-07-02")
			.param("confirmed", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不在申报期内")));
	}

	@Test
	void aUnitSeesOnlyItsOwnDeclarationsAndOtherDistrictsSeeNothing() throws Exception {
		CallView call = openCall("110102");
		UnitFixtures.RegisteredUnit owner = units.register("所有者单位", "110102");
		UnitFixtures.RegisteredUnit other = units.register("其他单位", "110102");
		DeclarationView draft = completeDraft(call, owner, BaseType.POINT);

		mvc.perform(get("/declarations/{id}", draft.id()).with(Principals.as(unitUser(other))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/declarations/{id}/content", draft.id()).with(Principals.as(officer("110108"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/declarations/{id}/content", draft.id()).with(Principals.as(officer("110102"))))
			.andExpect(status().isNotFound());
		DeclarationView submitted = declarations.submit(draft.id(), draft.version(), "t-" + UUID.randomUUID(),
				"张三", LocalDate.now(), unitUser(owner));
		mvc.perform(get("/declarations/{id}/content", submitted.id()).with(Principals.as(officer("110108"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/declarations/{id}/content", draft.id()).with(Principals.as(officer("110102"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所有者单位")));
		mvc.perform(post("/declarations/{id}/withdraw", draft.id()).with(csrf())
			.with(Principals.as(unitUser(other)))
			.param("version", String.valueOf(submitted.version()))).andExpect(status().isNotFound());
	}

	@Test
	void theUnitWithdrawsBeforeTheDistrictDecides() throws Exception {
		CallView call = openCall("110102");
		UnitFixtures.RegisteredUnit registered = units.register("撤回单位", "110102");
		DeclarationView draft = completeDraft(call, registered, BaseType.POINT);
		declarations.submit(draft.id(), draft.version(), "t-" + UUID.randomUUID(), "张三", LocalDate.now(),
				unitUser(registered));
		DeclarationView submitted = declarations.get(draft.id(), unitUser(registered).scope());

		mvc.perform(post("/declarations/{id}/withdraw", draft.id()).with(csrf())
			.with(Principals.as(unitUser(registered)))
			.param("version", String.valueOf(submitted.version()))).andExpect(status().is3xxRedirection());

		assertThat(declarations.get(draft.id(), unitUser(registered).scope()).status())
			.isEqualTo(DeclarationStatus.WITHDRAWN);
		// recorded by the audit trail from the module's DeclarationWithdrawn event, once, with the unit's user
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'DECLARATION_WITHDRAWN' "
					+ "and object_id = ?", Long.class, String.valueOf(draft.id())) > 0);
		assertThat(jdbc.queryForList("select actor from audit_entry where event = 'DECLARATION_WITHDRAWN' "
				+ "and object_id = ?", String.class, String.valueOf(draft.id())))
			.containsExactly(registered.username());
	}
}
