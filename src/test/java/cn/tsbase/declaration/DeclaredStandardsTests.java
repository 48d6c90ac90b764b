package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The standards a unit declared reach the profile of the base its declaration made (issue 12, point 1): read from the
 * declaration as last submitted, never from a draft, and prefilled when the base is designated.
 */
@IntegrationTest
class DeclaredStandardsTests {

	static final String CHAOYANG = "110105";

	@Autowired
	DeclarationService declarations;

	@Autowired
	DeclarationStandards standards;

	@Autowired
	UnitFixtures units;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	private static CurrentUser unitUser(UnitFixtures.RegisteredUnit registered) {
		return new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false);
	}

	private DeclarationView complete(UnitFixtures.RegisteredUnit unit) {
		Instant now = Instant.now();
		CallView call = declarations.createCall(new NewCall("预填测试申报" + UUID.randomUUID().toString().substring(0, 6), 2026,
				EnumSet.allOf(BaseType.class), "要求", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 3, 1),
				new CurrentUser(0L, "officer-" + CHAOYANG, null, "区局", EnumSet.of(Role.DISTRICT_OFFICER), CHAOYANG,
						null, true, true, false));
		CurrentUser user = unitUser(unit);
		DeclarationView draft = declarations.start(call.id(), BaseType.POINT, user);
		return declarations.saveDraft(draft.id(), draft.version(),
				content -> DeclarationFixtures.complete(content, BaseType.POINT), user);
	}

	@Test
	void theSubmittedStandardsPrefillTheProfileOfTheBaseTheDeclarationMade() {
		var unit = units.register("北京预填" + UUID.randomUUID().toString().substring(0, 6) + "科技有限公司", CHAOYANG);
		DeclarationView draft = complete(unit);
		// a draft is nobody's to read but the unit's
		assertThat(standards.ofDeclaration(draft.id())).isEmpty();
		assertThat(standards.ofDeclaration(Long.MAX_VALUE)).isEmpty();

		DeclarationView submitted = declarations.submit(draft.id(), draft.version(), UUID.randomUUID().toString(),
				"张三", LocalDate.now(), unitUser(unit));
		assertThat(standards.ofDeclaration(submitted.id())).hasValueSatisfying(s -> {
			assertThat(s.leaderName()).isEqualTo("王总");
			assertThat(s.officeRoom()).isEqualTo("A座301");
			assertThat(s.liaisonName()).isEqualTo("李联络");
		});

		long publicationId = 1_095_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 90_000_000L);
		bases.designate(new ListPublished(publicationId, 0L, 2025, "京市监发〔2025〕" + publicationId % 1000 + "号",
				LocalDate.of(2025, 12, 10), List.of(new ListPublished.Entry(submitted.id(), unit.unit().getId(),
						unit.unit().getName(), unit.unit().getUscc(), BaseType.POINT, CHAOYANG, "SOFTWARE_IT"))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from base_profile where unit_id = ?", Long.class,
					unit.unit().getId()) == 1);
		Map<String, Object> profile = jdbc.queryForMap("select leadership_head, leadership_members, office_department, "
				+ "office_address, office_full_time, rules_list, emergency_procedure, liaison_name, liaison_title "
				+ "from base_profile where unit_id = ?", unit.unit().getId());
		assertThat(profile).containsEntry("leadership_head", "王总")
			.containsEntry("leadership_members", "法务、研发、人事负责人")
			.containsEntry("office_department", "法务部")
			.containsEntry("office_address", "A座301")
			.containsEntry("rules_list", "《商业秘密管理办法》")
			.containsEntry("emergency_procedure", "《泄露事件应急处置预案》")
			.containsEntry("liaison_name", "李联络")
			.containsEntry("liaison_title", "法务专员");
		assertThat(((Number) profile.get("office_full_time")).intValue()).isEqualTo(2);
	}
}
