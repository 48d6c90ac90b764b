package cn.tsbase.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationFixtures;
import cn.tsbase.declaration.Section;

class CompletenessCheckTests {

	private static DeclarationContent withBasic() {
		return DeclarationContent.empty()
			.withBasic(new DeclarationContent.BasicInfo("单位", "91110102MA01A1B21E", "ENTERPRISE", "SOFTWARE_IT",
					"110102", "地址", "100000", "法人", 10, null, "联系人", "职务", "13800000000", "a@b.cn"));
	}

	@Test
	void anEmptyDraftListsEverySectionOfAPoint() {
		List<CompletenessCheck.Missing> missing = CompletenessCheck.check(BaseType.POINT, DeclarationContent.empty());
		assertThat(missing).extracting(CompletenessCheck.Missing::section)
			.contains(Section.BASIC, Section.STANDARDS, Section.ELEMENTS, Section.SECRETS)
			.doesNotContain(Section.MEMBERS);
		assertThat(missing).filteredOn(m -> m.section() == Section.ELEMENTS).hasSize(12);
	}

	@Test
	void aCompletePointHasNothingMissing() {
		DeclarationContent content = DeclarationFixtures.complete(withBasic(), BaseType.POINT);
		assertThat(CompletenessCheck.check(BaseType.POINT, content)).isEmpty();
		assertThat(CompletenessCheck.completeSections(BaseType.POINT, content)).containsExactlyInAnyOrder(
				Section.BASIC, Section.STANDARDS, Section.ELEMENTS, Section.SECRETS);
	}

	@Test
	void aZoneNeedsItsFourTargetsAndValidDistinctMembers() {
		DeclarationContent point = DeclarationFixtures.complete(withBasic(), BaseType.POINT);
		List<CompletenessCheck.Missing> missing = CompletenessCheck.check(BaseType.ZONE, point);
		assertThat(missing).extracting(CompletenessCheck.Missing::field)
			.contains("targetTrainingRatio", "targetLegalEvents", "targetDemonstrationEnterprises", "targetRulesRatio",
					"members");

		DeclarationContent zone = DeclarationFixtures.complete(withBasic(), BaseType.ZONE);
		assertThat(CompletenessCheck.check(BaseType.ZONE, zone)).isEmpty();

		List<DeclarationContent.MemberUnit> members = new ArrayList<>(zone.members());
		members.add(members.get(0));
		members.add(new DeclarationContent.MemberUnit("坏代码", "91110102MA01A1B21X", "丙", "3"));
		assertThat(CompletenessCheck.check(BaseType.ZONE, zone.withMembers(members)))
			.extracting(CompletenessCheck.Missing::messageKey, CompletenessCheck.Missing::argument)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("completeness.memberDuplicate", 3),
					org.assertj.core.groups.Tuple.tuple("completeness.memberInvalid", 4));
	}

	@Test
	void anElementOverFifteenHundredCharactersIsFlagged() {
		DeclarationContent content = DeclarationFixtures.complete(withBasic(), BaseType.POINT);
		List<String> elements = new ArrayList<>(content.elements());
		elements.set(6, "字".repeat(1501));
		assertThat(CompletenessCheck.check(BaseType.POINT, content.withElements(elements)))
			.extracting(CompletenessCheck.Missing::messageKey, CompletenessCheck.Missing::argument)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("completeness.elementTooLong", 7));
	}

	@Test
	void technicalOrBusinessSecretsAreEnough() {
		DeclarationContent content = DeclarationFixtures.complete(withBasic(), BaseType.POINT);
		DeclarationContent.Secrets s = content.secrets();
		DeclarationContent onlyBusiness = content.withSecrets(new DeclarationContent.Secrets(null, s.businessSecrets(),
				s.positions(), s.training(), s.incidents(), s.guidanceWanted()));
		assertThat(CompletenessCheck.check(BaseType.POINT, onlyBusiness)).isEmpty();
		DeclarationContent neither = content.withSecrets(new DeclarationContent.Secrets(" ", "", s.positions(),
				s.training(), s.incidents(), s.guidanceWanted()));
		assertThat(CompletenessCheck.check(BaseType.POINT, neither)).extracting(CompletenessCheck.Missing::messageKey)
			.containsExactly("completeness.secretPoints");
	}
}
