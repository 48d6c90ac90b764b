package cn.tsbase.operation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.tsbase.base.BaseDesignated;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclaredStandards;

/** A designated base's profile starts from the standards its unit declared, cut to the profile's field lengths. */
class ProfilePrefillTests {

	private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

	private static final BaseDesignated DESIGNATED = new BaseDesignated(1L, 2L, "预填测试有限公司", "91110105MA00000000",
			BaseType.POINT, 2025, "110105", 3L, "京市监发〔2025〕1号");

	@Test
	void theDeclaredStandardsFillTheProfileSoOnlyWhatWasNotDeclaredIsMissing() {
		DeclaredStandards declared = new DeclaredStandards("王总", "总经理", "法务、研发负责人", "法务部", "A座301", 2, 3,
				"《商业秘密管理办法》", "《泄露事件应急处置预案》", "李联络", "法务专员", "13800000001");
		BaseProfile profile = BaseProfile.opened(DESIGNATED, declared,
				new ProfileParts.Liaison("李联络", "法务专员", "13800000001", "li@example.com"), NOW);

		assertThat(profile.leadership().head()).isEqualTo("王总");
		assertThat(profile.leadership().members()).isEqualTo("法务、研发负责人");
		assertThat(profile.office().address()).isEqualTo("A座301");
		assertThat(profile.office().fullTimeStaff()).isEqualTo(2);
		assertThat(profile.rules().emergencyProcedure()).isEqualTo("《泄露事件应急处置预案》");
		// the funding of the leadership body is not declared, and the plan is the year's own
		assertThat(profile.missingStandards(2026)).containsExactlyInAnyOrder(Standard.LEADERSHIP, Standard.ANNUAL_PLAN);
	}

	@Test
	void overLongDeclaredTextIsCutToTheProfilesFieldsAndNothingDeclaredLeavesItEmpty() {
		DeclaredStandards declared = new DeclaredStandards(" ", null, "甲".repeat(1500), null, null, null, null,
				"规".repeat(2500), null, null, null, null);
		BaseProfile profile = BaseProfile.opened(DESIGNATED, declared, null, NOW);
		assertThat(profile.leadership().head()).isNull();
		assertThat(profile.leadership().members()).hasSize(1000);
		assertThat(profile.rules().rulesList()).hasSize(2000);

		BaseProfile undeclared = BaseProfile.opened(DESIGNATED, null, null, NOW);
		assertThat(undeclared.missingStandards(2026)).containsExactlyInAnyOrder(Standard.values());
	}
}
