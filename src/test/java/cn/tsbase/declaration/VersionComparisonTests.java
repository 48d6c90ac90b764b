package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.declaration.internal.DeclarationContent;
import cn.tsbase.declaration.internal.DeclarationFiles;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The district compares two submitted versions as a reader: each field under its section and its label on the form
 * (never a path such as {@code standards.leadershipMembers}), codes as names, and the evidence files added or removed.
 */
@IntegrationTest
class VersionComparisonTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	DeclarationFiles files;

	@Autowired
	UnitFixtures units;

	static CurrentUser officer(String district) {
		return new CurrentUser(0L, "officer-" + district, null, "区市场监管局", EnumSet.of(Role.DISTRICT_OFFICER),
				district, null, true, true, false);
	}

	static CurrentUser unitUser(UnitFixtures.RegisteredUnit registered) {
		return new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false);
	}

	@Test
	void theComparisonNamesFieldsByTheirLabelsAndListsTheFilesAdded() throws Exception {
		Instant now = Instant.now();
		CallView call = declarations.createCall(new NewCall("版本比较通知", 2026, EnumSet.allOf(BaseType.class), "<p>要求</p>",
				now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 3, 1), officer("110102"));
		UnitFixtures.RegisteredUnit registered = units.register("版本比较单位", "110102");
		CurrentUser unit = unitUser(registered);
		DeclarationView draft = declarations.start(call.id(), BaseType.POINT, unit);
		draft = declarations.saveDraft(draft.id(), draft.version(),
				c -> DeclarationFixtures.complete(c, BaseType.POINT), unit);
		String kept = "组织架构图-" + UUID.randomUUID().toString().substring(0, 4) + ".pdf";
		String dropped = "旧制度-" + UUID.randomUUID().toString().substring(0, 4) + ".pdf";
		String added = "新制度-" + UUID.randomUUID().toString().substring(0, 4) + ".pdf";
		files.attach(draft.id(), Section.STANDARDS, kept, new ByteArrayInputStream(SampleFiles.pdf("架构")), unit);
		StoredAttachment old = files.attach(draft.id(), Section.STANDARDS, dropped,
				new ByteArrayInputStream(SampleFiles.pdf("旧")), unit);
		draft = declarations.get(draft.id(), unit.scope());
		DeclarationView submitted = declarations.submit(draft.id(), draft.version(), UUID.randomUUID().toString(),
				"张三", LocalDate.now(), unit);
		declarations.returnForCorrection(submitted.id(), submitted.version(),
				Map.of(Section.STANDARDS, "请更新管理制度"), officer("110102"));

		// a file of a submission stays while the declaration is corrected (ADR 0016), so only additions differ
		long declarationId = draft.id();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.remove(declarationId, old.id(), unit))
			.isInstanceOf(cn.tsbase.shared.StateConflictException.class);
		files.attach(draft.id(), Section.STANDARDS, added, new ByteArrayInputStream(SampleFiles.pdf("新")), unit);
		DeclarationView returned = declarations.get(draft.id(), unit.scope());
		returned = declarations.saveDraft(returned.id(), returned.version(),
				c -> c.withStandards(new DeclarationContent.Standards(c.standards().leaderName(),
						c.standards().leaderTitle(), "王五、赵六（新增）", c.standards().officeDepartment(),
						c.standards().officeRoom(), c.standards().fullTimeStaff(), c.standards().partTimeStaff(),
						c.standards().rules(), c.standards().emergencyPlan(), c.standards().annualPlan(),
						c.standards().targetTrainingRatio(), c.standards().targetLegalEvents(),
						c.standards().targetDemonstrationEnterprises(), c.standards().targetRulesRatio(),
						c.standards().liaisonName(), c.standards().liaisonTitle(), c.standards().liaisonPhone())),
				unit);
		declarations.submit(returned.id(), returned.version(), UUID.randomUUID().toString(), "张三",
				LocalDate.now(), unit);

		String html = mvc.perform(get("/declarations/{id}/compare", draft.id()).param("from", "1")
			.param("to", "2")
			.with(Principals.as(officer("110102"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("standards.leadershipMembers"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		Element members = row(page, "differences", "领导机构成员");
		assertThat(members.child(0).text()).isEqualTo("建设标准");
		assertThat(members.child(3).text()).isEqualTo("王五、赵六（新增）");
		assertThat(row(page, "fileDifferences", added).child(2).text()).isEqualTo("新增");
		assertThat(row(page, "fileDifferences", added).child(0).text()).isEqualTo("建设标准");
		assertThat(html).doesNotContain(kept).doesNotContain(dropped);
	}

	private static Element row(Document page, String table, String secondCell) {
		return page.select("#" + table + " tbody tr")
			.stream()
			.filter(tr -> tr.child(1).text().equals(secondCell))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + secondCell + " in " + page.select("#" + table)));
	}
}
