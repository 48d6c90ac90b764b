package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import cn.tsbase.evaluation.GradedBases;
import cn.tsbase.shared.security.Role;

/**
 * Rectification and revocation in the browser. A base graded 不合格 gets a rectification order from its district, files
 * its plan and progress and submits; the district returns it once, the base resubmits and the district accepts. The
 * next year's 不合格 flags the base for revocation by itself (two years running); then a further ground is recorded,
 * the municipal bureau proposes revocation, the unit responds, the bureau revokes (after confirming the irreversible
 * step), and the public pages say 已撤销: the base leaves the public list and its certificate no longer verifies.
 */
class RectificationAndRevocationJourneyTests extends BrowserJourney {

	static final String CHAOYANG = "110105";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFailedBaseRectifiesUnderItsDistrictAndIsLaterRevokedByTheBureau() {
		List<String> confirmations = new ArrayList<>();
		page.onDialog(dialog -> {
			confirmations.add(dialog.message());
			dialog.accept();
		});
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		TestPeople.Person district = people.districtOfficer(CHAOYANG, "朝阳区 评估管理员" + suffix);
		TestPeople.Person bureau = people.official(Role.MUNICIPAL_OFFICER, null, "市局 评估处" + suffix);
		TestPeople.UnitHolder unit = people.registeredUnit(CHAOYANG);
		long unitId = organizationService.findByUscc(unit.uscc()).orElseThrow().id();
		long baseId = GradedBases.of(context).failed(unitId, unit.unitName(), unit.uscc(), CHAOYANG);

		// the district issues the order that publication proposed for the 不合格 base
		logInSuccessfully(district.username(), district.password(), district.displayName());
		openRectificationOf(unit);
		assertThat(page.locator("#rectificationStatus")).hasText("待区局下达");
		page.locator("#items").fill("1. 健全商业秘密管理制度\n2. 开展全员保密培训");
		page.locator("#requiredEvidence").fill("制度文本、培训签到表");
		page.locator("#workingDays").fill("5");
		page.locator("#issueForm button[type=submit]").click();
		assertThat(successAlert()).containsText("已下达整改通知");
		assertThat(page.locator("#rectificationStatus")).hasText("整改中");
		String rectificationUrl = page.url();
		logOut();

		// the base files its plan and progress and submits (confirming)
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		openRectificationOf(unit);
		assertThat(page.locator("#rectificationItems")).containsText("健全商业秘密管理制度");
		page.locator("#plan").fill("三个月内完成制度修订并组织培训。");
		page.locator("#progress").fill("已修订保密制度。");
		page.locator("#progressForm button[type=submit]").click();
		assertThat(successAlert()).containsText("整改方案与进展已保存");
		assertThat(page.locator("#rectificationProgress")).hasText("已修订保密制度。");
		page.locator("#submitRectificationForm button[type=submit]").click();
		assertThat(successAlert()).containsText("已提交区局验收");
		assertThat(page.locator("#rectificationStatus")).hasText("已提交，待区局验收");
		logOut();

		// the district returns it once with a reason
		logInSuccessfully(district.username(), district.password(), district.displayName());
		page.navigate(rectificationUrl);
		page.locator("#reason").fill("培训签到表缺失。");
		page.locator("#decisionForm").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("不予通过"))
			.click();
		assertThat(successAlert()).containsText("已退回继续整改");
		assertThat(page.locator("#rectificationStatus")).hasText("验收未通过，继续整改");
		logOut();

		// the base reads the reason, adds to its progress and resubmits
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		page.navigate(rectificationUrl);
		assertThat(page.locator("#rectificationDecision")).hasText("培训签到表缺失。");
		page.locator("#progress").fill("已修订保密制度；已组织全员培训，签到表见附件。");
		page.locator("#progressForm button[type=submit]").click();
		assertThat(successAlert()).containsText("整改方案与进展已保存");
		page.locator("#submitRectificationForm button[type=submit]").click();
		assertThat(page.locator("#rectificationStatus")).hasText("已提交，待区局验收");
		logOut();

		// the district accepts: the order is closed
		logInSuccessfully(district.username(), district.password(), district.displayName());
		page.navigate(rectificationUrl);
		assertThat(page.locator("#rectificationProgress")).containsText("已组织全员培训");
		page.locator("#reason").fill("材料齐全，整改到位。");
		page.locator("#decisionForm").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("验收通过"))
			.click();
		assertThat(successAlert()).containsText("整改已验收通过");
		assertThat(page.locator("#rectificationStatus")).hasText("验收通过（已结束）");
		assertThat(page.locator("#decisionForm")).hasCount(0);

		// the next year's results grade the base 不合格 again: their publication flags it for revocation by itself
		GradedBases.of(context).failedAgain(baseId);
		await("the ground flagged at publication").atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from revocation_trigger where base_id = ? and kind = ?",
					Long.class, baseId, "FAILED_TWO_YEARS") == 1);
		open("/evaluation/revocation-triggers");
		assertThat(page.locator("#triggerTable tr").filter(new Locator.FilterOptions().setHasText(unit.unitName()))
			.filter(new Locator.FilterOptions().setHasText("连续两年评估不合格"))).hasCount(1);

		// later the district records a ground for revocation
		open("/evaluation/revocation-triggers");
		page.locator("#baseId").selectOption(new SelectOption().setLabel(unit.unitName()));
		page.locator("#triggerKind").selectOption(new SelectOption().setLabel("发生重大泄密事件"));
		page.locator("#detail").fill("核心技术资料外泄，造成重大损失。");
		page.locator("#triggerForm button[type=submit]").click();
		assertThat(successAlert()).containsText("已记录摘牌情形");
		logOut();

		// the bureau proposes revocation from the ground, the grounds pre-filled
		logInSuccessfully(bureau.username(), bureau.password(), bureau.displayName());
		open("/evaluation/revocation-triggers");
		page.locator("#triggerTable tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("发生重大泄密事件"))
			.filter(new Locator.FilterOptions().setHasText(unit.unitName()))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("启动撤销程序"))
			.click();
		assertThat(page.locator("#openGrounds")).containsText("发生重大泄密事件");
		assertThat(page.locator("#grounds")).hasValue(java.util.regex.Pattern.compile("核心技术资料外泄，造成重大损失。"));
		page.locator("#responseDays").fill("10");
		page.locator("#proposalForm button[type=submit]").click();
		assertThat(successAlert()).containsText("已启动撤销程序");
		assertThat(page.locator("#revocationStatus")).hasText("待单位陈述申辩");
		assertThat(page.locator("#awaitingResponse")).isVisible();
		String revocationUrl = page.url();
		logOut();

		// the unit responds
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		page.navigate(revocationUrl);
		page.locator("#response").fill("泄密系外部人员所为，我单位已报案并完成整改，请求保留称号。");
		page.locator("#responseForm button[type=submit]").click();
		assertThat(successAlert()).containsText("陈述申辩已提交");
		assertThat(page.locator("#revocationStatus")).hasText("单位已陈述申辩，待决定");
		logOut();

		// the bureau decides to revoke, confirming the irreversible step first
		logInSuccessfully(bureau.username(), bureau.password(), bureau.displayName());
		page.navigate(revocationUrl);
		assertThat(page.locator("#revocationResponse")).containsText("请求保留称号");
		String document = "京市监发〔2026〕" + (baseId % 900 + 100) + "号";
		page.locator("#documentNumber").fill(document);
		page.locator("#decidedOn").fill(LocalDate.now().toString());
		page.locator("#revokeForm #reason").fill("发生重大泄密事件，陈述申辩理由不成立。");
		page.locator("#revokeForm button[type=submit]").click();
		assertThat(successAlert()).containsText("已撤销示范基地称号");
		assertThat(page.locator("#revocationStatus")).hasText("已撤销");
		assertThat(page.locator("#revocationDocument")).hasText(document);
		assertThat(confirmations).anyMatch(message -> message.contains("确认撤销该示范基地称号"));
		logOut();

		// the public pages: not on the list, the detail and the certificate check say 已撤销 with the document
		open("/public/bases");
		page.locator("#q").fill(unit.unitName());
		page.locator("#q").press("Enter");
		assertThat(page.locator("#results")).not().containsText(unit.unitName());
		open("/public/bases/" + baseId);
		assertThat(page.locator("#baseStatusChange")).containsText(document);
		assertThat(page.locator("main")).containsText("已撤销");
		String code = jdbc.queryForObject("select verification_code from demonstration_base where id = ?",
				String.class, baseId);
		open("/public/certificates/verify");
		page.locator("#code").fill(code);
		page.locator("#certificateCheckForm button[type=submit]").click();
		assertThat(page.locator("#certificateNotValid")).containsText("已撤销");
		assertThat(page.locator("#certificateStatusChange")).containsText(document);
	}

	private void openRectificationOf(TestPeople.UnitHolder unit) {
		open("/evaluation/rectifications");
		page.locator("#rectificationTable")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(unit.unitName()))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
			.containsText(unit.unitName());
	}
}
