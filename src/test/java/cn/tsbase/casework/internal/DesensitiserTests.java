package cn.tsbase.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The desensitiser on real-shaped case texts: names, companies, addresses, phone, ID and account numbers in prose. */
class DesensitiserTests {

	private final Desensitiser desensitiser = new Desensitiser();

	private static final String FACTS = "2024年3月，北京智芯微电子科技有限公司（以下简称智芯公司）发现，其研发部前员工张伟离职后加入北京云启半导体有限公司，"
			+ "利用其掌握的芯片版图设计文件为后者开发同类产品。张伟在职期间通过个人邮箱zhangwei1988@163.com向外发送图纸28份。"
			+ "经查，工程师李晓明为张伟提供了服务器账号，二人通过手机13812345678联系。张伟身份证号110105198803154518，"
			+ "收取报酬的银行账号为6222 0212 3456 7890 123，住北京市海淀区中关村大街27号3号楼502室。"
			+ "智芯公司办公电话010-62345678。";

	private static Desensitiser.Rules rules(boolean maskCompanies) {
		return new Desensitiser.Rules(List.of("北京智芯微电子科技有限公司", "智芯公司"),
				Desensitiser.industryWordOf("北京智芯微电子科技有限公司"), List.of(), maskCompanies);
	}

	@Test
	void replacesNaturalPersonsBySurnameAndMou() {
		String out = desensitiser.propose(List.of(FACTS), rules(false)).sections().get(0);
		assertThat(out).doesNotContain("张伟", "李晓明").contains("张某", "李某");
	}

	@Test
	void replacesTheRightsHolderByMouAndItsIndustryWord() {
		String out = desensitiser.propose(List.of(FACTS), rules(false)).sections().get(0);
		assertThat(out).doesNotContain("智芯").contains("某科技公司");
	}

	@Test
	void removesPhoneIdAccountEmailAndAddress() {
		Desensitiser.Proposal proposal = desensitiser.propose(List.of(FACTS), rules(false));
		String out = proposal.sections().get(0);
		assertThat(out).doesNotContain("13812345678", "110105198803154518", "6222 0212 3456 7890 123",
				"zhangwei1988@163.com", "中关村大街27号", "010-62345678", "502室");
		assertThat(out).contains(Desensitiser.PHONE_REMOVED, Desensitiser.ID_REMOVED, Desensitiser.ACCOUNT_REMOVED,
				Desensitiser.EMAIL_REMOVED, Desensitiser.ADDRESS_REMOVED);
		assertThat(proposal.masked()).contains("13812345678", "110105198803154518", "张伟", "李晓明",
				"北京智芯微电子科技有限公司");
	}

	@Test
	void keepsOtherCompaniesWhenTheAuthorChoosesSo() {
		String out = desensitiser.propose(List.of(FACTS), rules(false)).sections().get(0);
		assertThat(out).contains("北京云启半导体有限公司");
	}

	@Test
	void masksOtherCompaniesWithLettersWhenTheAuthorChoosesSo() {
		String out = desensitiser.propose(List.of(FACTS), rules(true)).sections().get(0);
		assertThat(out).doesNotContain("云启").contains("甲公司");
	}

	@Test
	void givesTheSamePersonTheSameReplacementInEverySection() {
		Desensitiser.Proposal proposal = desensitiser.propose(
				List.of("被告人王建国将图纸出售给他人。", "法院以侵犯商业秘密罪判处王建国有期徒刑二年。"), rules(false));
		assertThat(proposal.sections().get(0)).contains("王某").doesNotContain("王建国");
		assertThat(proposal.sections().get(1)).contains("判处王某有期徒刑").doesNotContain("王建国");
	}

	@Test
	void distinguishesTwoPersonsOfTheSameSurname() {
		String out = desensitiser
			.propose(List.of("员工刘强与销售刘洋合谋，刘强负责拷贝文件。"), new Desensitiser.Rules(List.of(), null, List.of(), false))
			.sections()
			.get(0);
		assertThat(out).doesNotContain("刘强", "刘洋").contains("刘某", "刘某某");
	}

	@Test
	void masksPersonsTheAuthorNamesEvenWithoutARoleWord() {
		String out = desensitiser
			.propose(List.of("欧阳明华和赵敏共同出资设立公司。"),
					new Desensitiser.Rules(List.of(), null, List.of("欧阳明华", "赵敏"), false))
			.sections()
			.get(0);
		assertThat(out).isEqualTo("欧阳某和赵某共同出资设立公司。");
	}

	@Test
	void leavesAmountsDatesAndLawArticlesAlone() {
		String text = "2023年5月至2024年1月，造成损失约1200万元，依据《反不正当竞争法》第九条、第二十一条处以罚款50万元。";
		String out = desensitiser.propose(List.of(text), new Desensitiser.Rules(List.of(), null, List.of(), true))
			.sections()
			.get(0);
		assertThat(out).isEqualTo(text);
	}

	@Test
	void reportsMaskedValuesThatSurviveInAnEditedText() {
		Desensitiser.Proposal proposal = desensitiser.propose(List.of(FACTS), rules(false));
		assertThat(Desensitiser.Proposal.survivors(proposal.masked(), proposal.sections().get(0))).isEmpty();
		assertThat(Desensitiser.Proposal.survivors(proposal.masked(), "张伟已被开除")).containsExactly("张伟");
	}

	@Test
	void derivesTheIndustryWordFromTheRightsHolderName() {
		assertThat(Desensitiser.industryWordOf("北京智芯微电子科技有限公司")).isEqualTo("科技公司");
		assertThat(Desensitiser.industryWordOf("北京同仁制药有限公司")).isEqualTo("制药公司");
		assertThat(Desensitiser.industryWordOf("北京某某有限公司")).isEqualTo("公司");
	}
}
