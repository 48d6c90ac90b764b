package cn.tsbase.selection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.tsbase.UsccFixtures;
import cn.tsbase.selection.ConflictReason;
import cn.tsbase.selection.internal.ConflictPolicy.Conflict;
import cn.tsbase.selection.internal.ConflictPolicy.DeclaringParties;
import cn.tsbase.selection.internal.ConflictPolicy.ExpertAffiliation;
import cn.tsbase.selection.internal.ConflictPolicy.Unit;

class ConflictPolicyTests {

	private static final String DECLARING_CODE = UsccFixtures.withChecks("91110102MA01AB2C");
	private static final String MEMBER_CODE = UsccFixtures.withChecks("91110102MA01XY7K");
	private static final String OTHER_CODE = UsccFixtures.withChecks("91110108MA02QW3E");

	private static final DeclaringParties POINT = new DeclaringParties(17,
			new Unit("北京金融街智联科技有限公司", DECLARING_CODE), "liaison@zhilian-tech.cn", List.of());

	private static final DeclaringParties ZONE = new DeclaringParties(23,
			new Unit("北京德胜科技园管理有限公司", OTHER_CODE), "office@deshengpark.com",
			List.of(new Unit("北京德胜精密制造股份有限公司", MEMBER_CODE), new Unit("北京西城芯片设计有限公司", null)));

	private static ExpertAffiliation expert(String unitName, String creditCode, String email) {
		return new ExpertAffiliation(5, unitName, creditCode, email);
	}

	@Test
	void anExpertFromTheDeclaringUnitIsInConflictByCreditCode() {
		List<Conflict> conflicts = ConflictPolicy.conflicts(expert("某单位", DECLARING_CODE, null), POINT);

		assertThat(conflicts).singleElement().satisfies(conflict -> {
			assertThat(conflict.reason()).isEqualTo(ConflictReason.DECLARING_UNIT_CREDIT_CODE);
			assertThat(conflict.pair()).isEqualTo(new ReviewPair(5, 17));
			assertThat(conflict.declarationSide()).isEqualTo("北京金融街智联科技有限公司");
			assertThat(conflict.messageKey()).isEqualTo("conflict.reason.DECLARING_UNIT_CREDIT_CODE");
		});
	}

	@Test
	void aCreditCodeTypedInFullWidthLowerCaseOrWithSpacesStillMatches() {
		String typed = " " + DECLARING_CODE.substring(0, 6) + " " + DECLARING_CODE.substring(6).toLowerCase();
		String fullWidth = DECLARING_CODE.chars()
			.mapToObj(c -> String.valueOf((char) (c + 0xFEE0)))
			.reduce("", String::concat);

		assertThat(ConflictPolicy.conflicts(expert("某单位", typed, null), POINT)).extracting(Conflict::reason)
			.containsExactly(ConflictReason.DECLARING_UNIT_CREDIT_CODE);
		assertThat(ConflictPolicy.conflicts(expert("某单位", fullWidth, null), POINT)).extracting(Conflict::reason)
			.containsExactly(ConflictReason.DECLARING_UNIT_CREDIT_CODE);
	}

	@Test
	void anExpertFromAMemberUnitOfAZoneIsInConflictAndTheMemberIsNamed() {
		List<Conflict> conflicts = ConflictPolicy.conflicts(expert("另一单位", MEMBER_CODE, null), ZONE);

		assertThat(conflicts).singleElement().satisfies(conflict -> {
			assertThat(conflict.reason()).isEqualTo(ConflictReason.MEMBER_UNIT_CREDIT_CODE);
			assertThat(conflict.declarationSide()).isEqualTo("北京德胜精密制造股份有限公司");
			assertThat(conflict.messageArguments()).containsExactly("北京德胜精密制造股份有限公司", MEMBER_CODE);
		});
	}

	@Test
	void aMemberUnitWithoutCreditCodeIsStillMatchedByName() {
		List<Conflict> conflicts = ConflictPolicy.conflicts(expert("北京西城芯片设计有限责任公司", null, null), ZONE);

		assertThat(conflicts).extracting(Conflict::reason).containsExactly(ConflictReason.MEMBER_UNIT_NAME);
		assertThat(conflicts.get(0).declarationSide()).isEqualTo("北京西城芯片设计有限公司");
		assertThat(conflicts.get(0).expertSide()).isEqualTo("北京西城芯片设计有限责任公司");
	}

	@Test
	void anUnknownOrInvalidCreditCodeMatchesNothing() {
		String oneCharacterWrong = DECLARING_CODE.substring(0, 17) + (DECLARING_CODE.charAt(17) == '0' ? '1' : '0');
		for (String code : new String[] { null, "", "无", "-", oneCharacterWrong }) {
			assertThat(ConflictPolicy.conflicts(expert("某单位", code, null), POINT)).as("code %s", code).isEmpty();
		}
		DeclaringParties withoutCode = new DeclaringParties(18, new Unit("某某研究院", null), null, List.of());
		assertThat(ConflictPolicy.conflicts(expert("另一研究院", null, null), withoutCode)).isEmpty();
	}

	@ParameterizedTest(name = "{0} ≡ {1}")
	@CsvSource(delimiter = '|', value = {
			"北京金融街智联科技有限公司 | 北京金融街智联科技有限责任公司",
			"北京金融街智联科技有限公司 | 北京金融街智联科技股份有限公司",
			"北京金融街智联科技有限公司 | 北京金融街智联科技集团有限公司",
			"北京金融街智联科技有限公司 | 北京金融街智联科技（集团）有限公司",
			"北京金融街智联科技有限公司 | 北京金融街智联科技集团股份有限公司",
			"北京金融街智联科技有限公司 | 北京金融街智联科技有限公司上海分公司",
			"北京金融街智联科技有限公司 | 北京金融街智联科技公司",
			"北京金融街智联科技有限公司 | ' 北京 金融街·智联科技 有限公司 '",
			"中国移动通信集团北京有限公司 | 中国移动通信集团上海有限公司",
			"Acme Technology Co., Ltd. | ACME TECHNOLOGY LIMITED",
			"Acme Technology Co., Ltd. | Ａｃｍｅ　Ｔｅｃｈｎｏｌｏｇｙ Inc.",
			"Acme Technology Co., Ltd. | acme-technology group holdings" })
	void namesThatDifferOnlyInFormMatch(String declaringUnit, String affiliation) {
		DeclaringParties declaration = new DeclaringParties(30, new Unit(declaringUnit, null), null, List.of());

		assertThat(ConflictPolicy.conflicts(expert(affiliation, null, null), declaration)).extracting(Conflict::reason)
			.containsExactly(ConflictReason.DECLARING_UNIT_NAME);
	}

	@ParameterizedTest(name = "{0} ≢ {1}")
	@CsvSource(delimiter = '|', value = {
			"北京金融街智联科技有限公司 | 北京金融街智联信息有限公司",
			"北京金融街智联科技有限公司 | 上海金融街智联科技有限公司",
			"北京大学 | 北京大学医学部",
			"Monaco Ltd | Mona Ltd",
			"集团有限公司 | 集团公司",
			"有限公司 | 有限责任公司" })
	void namesThatDifferInSubstanceOrIdentifyNothingDoNotMatch(String declaringUnit, String affiliation) {
		DeclaringParties declaration = new DeclaringParties(30, new Unit(declaringUnit, null), null, List.of());

		assertThat(ConflictPolicy.conflicts(expert(affiliation, null, null), declaration)).isEmpty();
	}

	@Test
	void theNameKeyIsTheNameBeforeItsLegalForm() {
		assertThat(ConflictPolicy.nameKey("北京金融街智联科技集团股份有限公司")).contains("北京金融街智联科技");
		assertThat(ConflictPolicy.nameKey("Acme (Beijing) Technology Co.,Ltd")).contains("acmebeijingtechnology");
		assertThat(ConflictPolicy.nameKey("中国科学院计算技术研究所")).contains("中国科学院计算技术研究所");
		assertThat(ConflictPolicy.nameKey("集团")).isEmpty();
		assertThat(ConflictPolicy.nameKey("  ")).isEmpty();
		assertThat(ConflictPolicy.nameKey(null)).isEmpty();
	}

	@Test
	void theSameMailDomainIsAConflictWhateverItsCase() {
		List<Conflict> conflicts = ConflictPolicy.conflicts(expert("某单位", null, "Wang.Li＠ZHILIAN-Tech.CN "), POINT);

		assertThat(conflicts).singleElement().satisfies(conflict -> {
			assertThat(conflict.reason()).isEqualTo(ConflictReason.EMAIL_DOMAIN);
			assertThat(conflict.messageArguments()).containsExactly("zhilian-tech.cn", "zhilian-tech.cn");
		});
	}

	@Test
	void aSubdomainOfTheUnitsMailDomainIsTheSameOrganisation() {
		DeclaringParties university = new DeclaringParties(40, new Unit("某大学科技园", null), "office@tsinghua.edu.cn",
				List.of());

		assertThat(ConflictPolicy.conflicts(expert("某单位", null, "x@mails.tsinghua.edu.cn"), university))
			.extracting(Conflict::reason)
			.containsExactly(ConflictReason.EMAIL_DOMAIN);
		assertThat(ConflictPolicy.conflicts(expert("某单位", null, "x@tsinghua.edu.cn"),
				new DeclaringParties(41, new Unit("某大学", null), "office@mails.tsinghua.edu.cn", List.of())))
			.extracting(Conflict::reason)
			.containsExactly(ConflictReason.EMAIL_DOMAIN);
	}

	@Test
	void domainsThatOnlyShareAPublicSuffixAreDifferentOrganisations() {
		DeclaringParties declaration = new DeclaringParties(42, new Unit("甲公司", null), "a@alpha.com.cn", List.of());

		assertThat(ConflictPolicy.conflicts(expert("乙公司", null, "b@beta.com.cn"), declaration)).isEmpty();
		assertThat(ConflictPolicy.conflicts(expert("乙公司", null, "b@com.cn"), declaration)).isEmpty();
		DeclaringParties sibling = new DeclaringParties(43, new Unit("甲公司", null), "a@north.example.org", List.of());
		assertThat(ConflictPolicy.conflicts(expert("乙公司", null, "b@south.example.org"), sibling)).isEmpty();
	}

	@Test
	void siblingSubdomainsOfOneRegistrableDomainAreTheSameOrganisation() {
		DeclaringParties declaration = new DeclaringParties(45, new Unit("甲大学", null), "office@math.pku.edu.cn",
				List.of());

		assertThat(ConflictPolicy.conflicts(expert("乙单位", null, "x@cs.pku.edu.cn"), declaration))
			.extracting(Conflict::reason)
			.containsExactly(ConflictReason.EMAIL_DOMAIN);
		assertThat(ConflictPolicy.conflicts(expert("乙单位", null, "x@www.zhilian-tech.com.cn"),
				new DeclaringParties(46, new Unit("甲公司", null), "a@mail.zhilian-tech.com.cn", List.of())))
			.extracting(Conflict::reason)
			.containsExactly(ConflictReason.EMAIL_DOMAIN);
	}

	@Test
	void subdomainsOfADocumentationDomainAreDifferentOrganisationsAndTheDomainItselfIsNone() {
		// the demo: units write from example.com, experts from jclaw.example.com and xinyun.example.com
		DeclaringParties declaration = new DeclaringParties(47, new Unit("甲公司", null), "sunli@example.com",
				List.of());

		assertThat(ConflictPolicy.conflicts(expert("金诚律师事务所", null, "expert3@jclaw.example.com"), declaration))
			.isEmpty();
		assertThat(ConflictPolicy.conflicts(expert("信云科技", null, "expert4@xinyun.example.com"), declaration))
			.isEmpty();
		assertThat(ConflictPolicy.conflicts(expert("乙公司", null, "b@example.com"), declaration)).isEmpty();
		assertThat(ConflictPolicy.conflicts(expert("乙公司", null, "b@mail.jclaw.example.com"),
				new DeclaringParties(48, new Unit("甲公司", null), "a@jclaw.example.com", List.of())))
			.extracting(Conflict::reason)
			.containsExactly(ConflictReason.EMAIL_DOMAIN);
	}

	@Test
	void theRegistrableDomainComesFromThePublicSuffixList() {
		assertThat(ConflictPolicy.registrableDomain("mails.tsinghua.edu.cn")).contains("tsinghua.edu.cn");
		assertThat(ConflictPolicy.registrableDomain("www.zhilian-tech.com.cn")).contains("zhilian-tech.com.cn");
		assertThat(ConflictPolicy.registrableDomain("a.b.bank.co.uk")).contains("bank.co.uk");
		assertThat(ConflictPolicy.registrableDomain("ruc.example.edu.cn")).contains("example.edu.cn");
		assertThat(ConflictPolicy.registrableDomain("jclaw.example.com")).contains("jclaw.example.com");
		assertThat(ConflictPolicy.registrableDomain("com.cn")).isEmpty();
		assertThat(ConflictPolicy.registrableDomain("example.com")).isEmpty();
		assertThat(ConflictPolicy.registrableDomain("not a domain")).isEmpty();
	}

	@Test
	void publicMailHostsTheAdministratorAddsSayNothingAboutAnEmployerEither() {
		DeclaringParties declaration = new DeclaringParties(49, new Unit("甲公司", null), "contact@corpmail.cn",
				List.of());
		List<ExpertAffiliation> experts = List.of(expert("乙公司", null, "expert@vip.corpmail.cn"));

		assertThat(ConflictPolicy.conflicts(experts, List.of(declaration))).hasSize(1);
		assertThat(ConflictPolicy.conflicts(experts, List.of(declaration), java.util.Set.of("CorpMail.cn ")))
			.isEmpty();
	}

	@Test
	void publicMailServicesSayNothingAboutAnEmployer() {
		for (String domain : new String[] { "qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "hotmail.com",
				"sina.com", "sohu.com", "foxmail.com", "yeah.net", "139.com", "aliyun.com", "vip.163.com" }) {
			DeclaringParties declaration = new DeclaringParties(43, new Unit("甲公司", null), "contact@" + domain,
					List.of());
			assertThat(ConflictPolicy.conflicts(expert("乙公司", null, "expert@" + domain), declaration)).as(domain)
				.isEmpty();
		}
	}

	@Test
	void missingOrMalformedAddressesMatchNothing() {
		DeclaringParties noContact = new DeclaringParties(44, new Unit("甲公司", null), null, List.of());

		assertThat(ConflictPolicy.conflicts(expert("乙公司", null, "someone@zhilian-tech.cn"), noContact)).isEmpty();
		assertThat(ConflictPolicy.conflicts(expert("乙公司", null, "zhilian-tech.cn"), POINT)).isEmpty();
		assertThat(ConflictPolicy.conflicts(expert("乙公司", null, "x@localhost"), POINT)).isEmpty();
		assertThat(ConflictPolicy.mailDomain("x@Example.COM.")).contains("example.com");
	}

	@Test
	void everyReasonIsReportedInReasonOrder() {
		ExpertAffiliation insider = expert("北京金融街智联科技股份有限公司", DECLARING_CODE, "me@zhilian-tech.cn");

		assertThat(ConflictPolicy.conflicts(insider, POINT)).extracting(Conflict::reason)
			.containsExactly(ConflictReason.DECLARING_UNIT_CREDIT_CODE, ConflictReason.DECLARING_UNIT_NAME,
					ConflictReason.EMAIL_DOMAIN);
	}

	@Test
	void aMemberUnitListedTwiceOrRepeatingTheDeclaringUnitCountsOnce() {
		Unit member = new Unit("北京德胜精密制造股份有限公司", MEMBER_CODE);
		DeclaringParties zone = new DeclaringParties(24, new Unit("北京德胜科技园管理有限公司", OTHER_CODE), null,
				List.of(member, member, new Unit("北京德胜科技园管理有限公司", OTHER_CODE)));

		assertThat(ConflictPolicy.conflicts(expert("外单位", MEMBER_CODE, null), zone)).hasSize(1);
		assertThat(ConflictPolicy.conflicts(expert("外单位", OTHER_CODE, null), zone)).extracting(Conflict::reason)
			.containsExactly(ConflictReason.DECLARING_UNIT_CREDIT_CODE);
	}

	@Test
	void aRoundIsCheckedPairByPairAndReportedByDeclarationThenExpert() {
		ExpertAffiliation insider = new ExpertAffiliation(9, "北京金融街智联科技有限公司", null, null);
		ExpertAffiliation memberStaff = new ExpertAffiliation(3, "某单位", MEMBER_CODE, null);
		ExpertAffiliation outsider = new ExpertAffiliation(1, "无关研究院",
				UsccFixtures.withChecks("91110105MA03RT8P"), "a@nowhere.org");

		List<Conflict> conflicts = ConflictPolicy.conflicts(List.of(insider, memberStaff, outsider),
				List.of(ZONE, POINT));

		assertThat(conflicts).extracting(Conflict::pair)
			.containsExactly(new ReviewPair(9, 17), new ReviewPair(3, 23));
	}
}
