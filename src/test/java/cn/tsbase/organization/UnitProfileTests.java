package cn.tsbase.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.crypto.FieldEncryption;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** A unit sees and edits its own profile; every change is a revision (who, when, what); edits do not collide. */
@IntegrationTest
class UnitProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldEncryption encryption;

	static RequestPostProcessor as(String username, Role role, UnitView unit) {
		CurrentUser user = new CurrentUser(1L, username, null, username, EnumSet.of(role), unit.districtCode(),
				unit.id(), true, true, false);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/** The profile form as the unit has it, with some fields replaced by the given values. */
	private static MockHttpServletRequestBuilder edit(UnitView unit, long version, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", unit.name());
		fields.put("unitTypeCode", unit.unitTypeCode());
		fields.put("industryCode", unit.industryCode());
		fields.put("address", unit.address());
		fields.put("postcode", unit.postcode());
		fields.put("legalRepresentative", unit.legalRepresentative());
		fields.put("headcount", String.valueOf(unit.headcount()));
		fields.put("annualOutput", unit.annualOutput().toPlainString());
		fields.put("contactPerson", unit.contactPerson());
		fields.put("contactTitle", unit.contactTitle());
		fields.put("contactMobile", unit.contactMobile());
		fields.put("contactEmail", unit.contactEmail());
		fields.put("version", String.valueOf(version));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/unit/profile").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void aUnitUserSeesItsOwnProfile() throws Exception {
		UnitFixtures.RegisteredUnit registered = units.register("资料查看单位", "110102");
		mvc.perform(get("/unit/profile").with(as(registered.username(), Role.APPLICANT, units.view(registered))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("资料查看单位")))
			.andExpect(content().string(containsString(units.view(registered).uscc())))
			.andExpect(content().string(containsString("西城区")));
	}

	@Test
	void anEditIsSavedAsARevisionWithWhoWhenAndWhat() throws Exception {
		UnitFixtures.RegisteredUnit registered = units.register("资料修改单位", "110102");
		UnitView unit = units.view(registered);

		mvc.perform(edit(unit, unit.version(), "headcount", "321", "contactTitle", "首席法务官")
			.with(as(registered.username(), Role.APPLICANT, unit)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/unit/profile"));

		// the values are stored encrypted (docs/SECURITY-MODEL.md, "Encryption at rest")
		var changes = jdbc.queryForList("select c.field, c.old_value, c.new_value, r.changed_by, r.revision "
				+ "from unit_revision r join unit_revision_change c on c.revision_id = r.id where r.unit_id = ? "
				+ "order by c.position", unit.id()).stream().map(row -> {
					var decrypted = new java.util.HashMap<>(row);
					decrypted.put("old_value", encryption.decrypt((String) row.get("old_value")));
					decrypted.put("new_value", encryption.decrypt((String) row.get("new_value")));
					return decrypted;
				}).toList();
		assertThat(changes).hasSize(2);
		assertThat(changes.get(0)).containsEntry("field", "headcount")
			.containsEntry("old_value", "120")
			.containsEntry("new_value", "321")
			.containsEntry("changed_by", registered.username());
		assertThat(changes.get(1)).containsEntry("field", "contactTitle").containsEntry("new_value", "首席法务官");
		mvc.perform(get("/unit/profile").with(as(registered.username(), Role.APPLICANT, unit)))
			.andExpect(content().string(containsString("首席法务官")))
			.andExpect(content().string(containsString("变更记录")));
	}

	@Test
	void theAuditTrailRecordsTheEditFromTheModulesEventWithTheEditorAsActor() throws Exception {
		UnitFixtures.RegisteredUnit registered = units.register("资料审计单位", "110102");
		UnitView unit = units.view(registered);

		mvc.perform(edit(unit, unit.version(), "headcount", "322")
			.with(as(registered.username(), Role.APPLICANT, unit)))
			.andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'UNIT_PROFILE_CHANGED' "
					+ "and object_id = ?", Long.class, String.valueOf(unit.id())) > 0);
		assertThat(jdbc.queryForList("select actor, detail from audit_entry where event = 'UNIT_PROFILE_CHANGED' "
				+ "and object_id = ?", String.valueOf(unit.id()))).singleElement()
			.satisfies(row -> {
				assertThat(row.get("actor")).isEqualTo(registered.username());
				assertThat((String) row.get("detail")).matches("revision \\d+: \\[headcount\\]");
			});
	}

	@Test
	void savingWithoutChangesCreatesNoRevision() throws Exception {
		UnitFixtures.RegisteredUnit registered = units.register("无修改单位", "110102");
		mvc.perform(edit(units.view(registered), units.view(registered).version())
			.with(as(registered.username(), Role.APPLICANT, units.view(registered))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from unit_revision where unit_id = ?", Long.class,
				units.view(registered).id()))
			.isZero();
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsToldToReload() throws Exception {
		UnitFixtures.RegisteredUnit registered = units.register("并发修改单位", "110102");
		UnitView unit = units.view(registered);
		long version = unit.version();
		mvc.perform(edit(unit, version, "headcount", "130")
			.with(as(registered.username(), Role.APPLICANT, unit))).andExpect(status().is3xxRedirection());

		mvc.perform(edit(unit, version, "headcount", "140")
			.with(as(registered.username(), Role.APPLICANT, unit)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人修改")));

		assertThat(jdbc.queryForObject("select headcount from unit where id = ?", Integer.class, unit.id()))
			.isEqualTo(130);
	}

	@Test
	void aLiaisonOfficerReadsButDoesNotEdit() throws Exception {
		UnitFixtures.RegisteredUnit registered = units.register("联络员单位", "110102");
		mvc.perform(get("/unit/profile").with(as("liaison", Role.LIAISON, units.view(registered))))
			.andExpect(status().isOk());
		mvc.perform(edit(units.view(registered), units.view(registered).version())
			.with(as("liaison", Role.LIAISON, units.view(registered)))).andExpect(status().isForbidden());
	}

	@Test
	void invalidEditsAreShownBesideTheFields() throws Exception {
		UnitFixtures.RegisteredUnit registered = units.register("校验修改单位", "110102");
		mvc.perform(edit(units.view(registered), units.view(registered).version(), "contactMobile", "abc", "industryCode",
				"NO_SUCH_INDUSTRY")
			.with(as(registered.username(), Role.APPLICANT, units.view(registered))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入 11 位手机号码")));
		assertThat(encryption.decrypt(jdbc.queryForObject("select contact_mobile from unit where id = ?",
				String.class, units.view(registered).id())))
			.isEqualTo("13900000000");
	}

}
