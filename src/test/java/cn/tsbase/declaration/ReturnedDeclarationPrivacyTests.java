package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.internal.DeclarationContent.Secrets;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * While a returned declaration is being corrected by its unit, every officer (district, IP, guidance, municipal)
 * keeps reading it as last submitted — on the pages, in the JSON API, in its content and its evidence — and the unit's
 * edits and new files stay its own until it resubmits (the draft rule of {@link DraftPrivacyTests}, after a return).
 */
@IntegrationTest
class ReturnedDeclarationPrivacyTests {

	static final String XICHENG = "110102";
	static final String SUBMITTED_SECRET = "核心算法";

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	DeclarationScenarios fixtures;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	String edit;
	CurrentUser owner;
	DeclarationView declaration;
	long submittedFile;
	long correctionFile;

	@BeforeEach
	void aSubmittedDeclarationReturnedAndBeingCorrected() throws Exception {
		CallView call = fixtures.openedCall(XICHENG, 2026);
		owner = SelectionFixtures.unitUser(units.register(SelectionFixtures.unique("补正保密单位"), XICHENG));
		DeclarationView started = declarations.start(call.id(), BaseType.POINT, owner);
		submittedFile = attach(started, "保密制度.pdf");
		DeclarationView complete = declarations.saveDraft(started.id(),
				declarations.get(started.id(), owner.scope()).version(),
				c -> DeclarationFixtures.complete(c, BaseType.POINT), owner);
		DeclarationView submitted = declarations.submit(complete.id(), complete.version(),
				UUID.randomUUID().toString(), "张三", java.time.LocalDate.now(), owner);
		declarations.returnForCorrection(submitted.id(), submitted.version(),
				Map.of(Section.SECRETS, "请补充秘密点"), SelectionFixtures.officer(Role.DISTRICT_OFFICER, XICHENG));

		edit = "补正中尚未提交的秘密点" + UUID.randomUUID().toString().substring(0, 6);
		DeclarationView returned = declarations.get(submitted.id(), owner.scope());
		assertThat(returned.status()).isEqualTo(DeclarationStatus.RETURNED);
		declaration = declarations.saveDraft(returned.id(), returned.version(),
				c -> c.withSecrets(new Secrets(edit, "客户名单", "研发岗、销售岗", "每季度一次", "无", true)), owner);
		correctionFile = attach(declaration, "补正材料.pdf");
	}

	private long attach(DeclarationView target, String name) throws Exception {
		mvc.perform(multipart("/declarations/{id}/attachments", target.id())
			.file(new MockMultipartFile("file", name, "application/pdf", SampleFiles.pdf("制度")))
			.param("section", "SECRETS")
			.with(csrf())
			.with(Principals.as(owner))).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select max(id) from attachment where owner_type = 'declaration' and owner_id = ?",
				Long.class, target.id());
	}

	static List<RequestPostProcessor> readingOfficers() {
		return List.of(Principals.role(Role.DISTRICT_OFFICER, XICHENG, null),
				Principals.role(Role.IP_OFFICER, XICHENG, null), Principals.role(Role.MUNICIPAL_OFFICER, null, null));
	}

	@Test
	void theUnitSeesItsCorrectionsAndItsNewFile() throws Exception {
		RequestPostProcessor unit = Principals.as(owner);
		mvc.perform(get("/api/v1/declarations/{id}", declaration.id()).with(unit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.secrets.technicalSecrets").value(edit));
		mvc.perform(get("/declarations/{id}/content", declaration.id()).with(unit))
			.andExpect(content().string(containsString(edit)))
			.andExpect(content().string(containsString("补正材料.pdf")));
		mvc.perform(get("/declarations/{id}/attachments/{a}", declaration.id(), correctionFile).with(unit))
			.andExpect(status().isOk());
	}

	@Test
	void everyOfficerReadsTheContentAsLastSubmittedInTheApiAndOnThePages() throws Exception {
		for (RequestPostProcessor officer : readingOfficers()) {
			mvc.perform(get("/api/v1/declarations/{id}", declaration.id()).with(officer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.summary.status").value("RETURNED"))
				.andExpect(jsonPath("$.content.secrets.technicalSecrets").value(SUBMITTED_SECRET))
				.andExpect(content().string(not(containsString(edit))));
			mvc.perform(get("/declarations/{id}/content", declaration.id()).with(officer))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(edit))));
			mvc.perform(get("/declarations/{id}", declaration.id()).with(officer))
				.andExpect(content().string(not(containsString(edit))));
			mvc.perform(get("/declarations/{id}/sections/secrets", declaration.id()).with(officer))
				.andExpect(content().string(not(containsString(edit))));
		}
		mvc.perform(get("/review/declarations/{id}", declaration.id())
			.with(Principals.role(Role.DISTRICT_OFFICER, XICHENG, null)))
			.andExpect(content().string(not(containsString(edit))));
		mvc.perform(get("/api/v1/declarations/{id}/review", declaration.id())
			.with(Principals.role(Role.DISTRICT_OFFICER, XICHENG, null)))
			.andExpect(content().string(not(containsString(edit))));
	}

	@Test
	void everyOfficerSeesTheSubmittedEvidenceButNotAFileAddedDuringTheCorrection() throws Exception {
		for (RequestPostProcessor officer : readingOfficers()) {
			mvc.perform(get("/declarations/{id}/content", declaration.id()).with(officer))
				.andExpect(content().string(containsString("保密制度.pdf")))
				.andExpect(content().string(not(containsString("补正材料.pdf"))));
			mvc.perform(get("/declarations/{id}/attachments/{a}", declaration.id(), submittedFile).with(officer))
				.andExpect(status().isOk());
			mvc.perform(get("/declarations/{id}/attachments/{a}", declaration.id(), correctionFile).with(officer))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void aFileOfTheSubmissionCannotBeRemovedWhileCorrectingButANewOneCan() throws Exception {
		DeclarationView current = declarations.get(declaration.id(), owner.scope());
		mvc.perform(post("/declarations/{id}/attachments/{a}/delete", current.id(), submittedFile)
			.param("section", "SECRETS")
			.with(csrf())
			.with(Principals.as(owner))).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select count(*) from attachment where id = ?", Long.class, submittedFile))
			.isOne();
		mvc.perform(post("/declarations/{id}/attachments/{a}/delete", current.id(), correctionFile)
			.param("section", "SECRETS")
			.with(csrf())
			.with(Principals.as(owner))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from attachment where id = ?", Long.class, correctionFile))
			.isZero();
	}

	@Test
	void afterTheResubmissionOfficersReadTheCorrections() throws Exception {
		DeclarationView current = declarations.get(declaration.id(), owner.scope());
		declarations.submit(current.id(), current.version(), UUID.randomUUID().toString(), "张三",
				java.time.LocalDate.now(), owner);

		for (RequestPostProcessor officer : readingOfficers()) {
			mvc.perform(get("/api/v1/declarations/{id}", declaration.id()).with(officer))
				.andExpect(jsonPath("$.content.secrets.technicalSecrets").value(edit));
			mvc.perform(get("/declarations/{id}/attachments/{a}", declaration.id(), correctionFile).with(officer))
				.andExpect(status().isOk());
		}
	}

	@Test
	void theQueuesListAndFilterTheSubmittedIndustryUntilTheResubmission() throws Exception {
		String submittedIndustry = declarations.get(declaration.id(), owner.scope()).industryCode();
		String correctedIndustry = "SOFTWARE_IT".equals(submittedIndustry) ? "ADVANCED_MANUFACTURING" : "SOFTWARE_IT";
		DeclarationView current = declarations.get(declaration.id(), owner.scope());
		DeclarationView corrected = declarations.saveDraft(current.id(), current.version(),
				c -> c.withBasic(new cn.tsbase.declaration.internal.DeclarationContent.BasicInfo(c.basic().unitName(),
						c.basic().uscc(), c.basic().unitTypeCode(), correctedIndustry, c.basic().districtCode(),
						c.basic().address(), c.basic().postcode(), c.basic().legalRepresentative(),
						c.basic().headcount(), c.basic().annualOutput(), c.basic().contactPerson(),
						c.basic().contactTitle(), c.basic().contactMobile(), c.basic().contactEmail())),
				owner);
		RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

		mvc.perform(get("/api/v1/declarations/{id}", corrected.id()).with(district))
			.andExpect(jsonPath("$.summary.industryCode").value(submittedIndustry));
		mvc.perform(get("/api/v1/declarations").param("industry", correctedIndustry)
			.param("call", String.valueOf(corrected.callId()))
			.with(district)).andExpect(jsonPath("$.totalElements").value(0));

		declarations.submit(corrected.id(), corrected.version(), UUID.randomUUID().toString(), "张三",
				java.time.LocalDate.now(), owner);
		mvc.perform(get("/api/v1/declarations").param("industry", correctedIndustry)
			.param("call", String.valueOf(corrected.callId()))
			.with(district)).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].industryCode").value(correctedIndustry));
	}
}
