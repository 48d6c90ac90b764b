package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.Principals;
import cn.tsbase.IntegrationTest;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * A draft is the unit's own until it is submitted: no officer of any kind (district, IP office, guidance, municipal)
 * finds it on a page, in the JSON API, in its content, its evidence or an export; asked for by id it is "not found".
 * A declaration withdrawn without ever being submitted stays the unit's own too. The same officers do see the
 * submitted declaration of the same call, so every refusal below is the draft rule and not some other scope.
 */
@IntegrationTest
class DraftPrivacyTests {

	static final String XICHENG = "110102";

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	DeclarationScenarios fixtures;

	@Autowired
	cn.tsbase.districtreview.DistrictReviewScenarios districtReviews;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	CallView call;
	String draftName;
	String withdrawnName;
	String submittedName;
	CurrentUser owner;
	DeclarationView draft;
	long draftAttachment;
	DeclarationView withdrawn;
	DeclarationView submitted;
	long submittedAttachment;

	@BeforeEach
	void aCallWithADraftAWithdrawnDraftAndASubmission() throws Exception {
		call = fixtures.openedCall(XICHENG, 2026);
		draftName = SelectionFixtures.unique("草稿保密单位");
		withdrawnName = SelectionFixtures.unique("撤回草稿单位");
		submittedName = SelectionFixtures.unique("已提交可见单位");

		UnitFixtures.RegisteredUnit draftUnit = units.register(draftName, XICHENG);
		owner = SelectionFixtures.unitUser(draftUnit);
		draft = declarations.start(call.id(), BaseType.POINT, owner);
		draft = declarations.saveDraft(draft.id(), draft.version(),
				c -> DeclarationFixtures.complete(c, BaseType.POINT), owner);
		draftAttachment = attach(draft, owner);

		CurrentUser withdrawer = SelectionFixtures.unitUser(units.register(withdrawnName, XICHENG));
		withdrawn = declarations.start(call.id(), BaseType.POINT, withdrawer);
		withdrawn = declarations.withdraw(withdrawn.id(), withdrawn.version(), withdrawer);

		UnitFixtures.RegisteredUnit submitter = units.register(submittedName, XICHENG);
		CurrentUser submitterUser = SelectionFixtures.unitUser(submitter);
		DeclarationView started = declarations.start(call.id(), BaseType.POINT, submitterUser);
		submittedAttachment = attach(started, submitterUser);
		DeclarationView complete = declarations.saveDraft(started.id(),
				declarations.get(started.id(), submitterUser.scope()).version(),
				c -> DeclarationFixtures.complete(c, BaseType.POINT), submitterUser);
		submitted = declarations.submit(complete.id(), complete.version(), UUID.randomUUID().toString(), "张三",
				java.time.LocalDate.now(), submitterUser);
	}

	private long attach(DeclarationView declaration, CurrentUser user) throws Exception {
		mvc.perform(multipart("/declarations/{id}/attachments", declaration.id())
			.file(new MockMultipartFile("file", "保密制度.pdf", "application/pdf", SampleFiles.pdf("制度")))
			.param("section", "STANDARDS")
			.with(csrf())
			.with(Principals.as(user))).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select max(id) from attachment where owner_type = 'declaration' and owner_id = ?",
				Long.class, declaration.id());
	}

	static RequestPostProcessor districtOfficer() {
		return Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);
	}

	static RequestPostProcessor ipOfficer() {
		return Principals.role(Role.IP_OFFICER, XICHENG, null);
	}

	static RequestPostProcessor guidanceOfficer() {
		return Principals.role(Role.GUIDANCE_OFFICER, XICHENG, null);
	}

	static RequestPostProcessor municipalOfficer() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	static List<RequestPostProcessor> readingOfficers() {
		return List.of(districtOfficer(), ipOfficer(), municipalOfficer());
	}

	@Test
	void theOwningUnitSeesItsDraftEverywhere() throws Exception {
		RequestPostProcessor unit = Principals.as(owner);
		mvc.perform(get("/declarations/{id}", draft.id()).with(unit)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/declarations/{id}", draft.id()).with(unit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("DRAFT"));
		mvc.perform(get("/api/v1/declarations").param("status", "DRAFT").with(unit))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/declarations/{id}/content", draft.id()).with(unit)).andExpect(status().isOk());
		mvc.perform(get("/declarations/{id}/attachments/{a}", draft.id(), draftAttachment).with(unit))
			.andExpect(status().isOk());
	}

	@Test
	void theSameOfficersSeeTheSubmittedDeclarationOfTheCall() throws Exception {
		for (RequestPostProcessor officer : readingOfficers()) {
			mvc.perform(get("/api/v1/declarations/{id}", submitted.id()).with(officer)).andExpect(status().isOk());
			mvc.perform(get("/declarations/{id}/content", submitted.id()).with(officer))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(submittedName)));
			mvc.perform(get("/declarations/{id}/attachments/{a}", submitted.id(), submittedAttachment)
				.with(officer)).andExpect(status().isOk());
			mvc.perform(get("/api/v1/declarations").param("call", String.valueOf(call.id())).with(officer))
				.andExpect(jsonPath("$.totalElements").value(1))
				.andExpect(jsonPath("$.content[0].id").value(submitted.id()));
		}
		mvc.perform(get("/review/declarations/{id}", submitted.id()).with(districtOfficer()))
			.andExpect(status().isOk());
	}

	@Test
	void noOfficerFindsADraftInTheApiListEvenWhenAskingForDrafts() throws Exception {
		for (RequestPostProcessor officer : readingOfficers()) {
			for (DeclarationStatus status : List.of(DeclarationStatus.DRAFT, DeclarationStatus.WITHDRAWN)) {
				mvc.perform(get("/api/v1/declarations").param("status", status.name())
					.param("call", String.valueOf(call.id()))
					.with(officer))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.totalElements").value(0))
					.andExpect(content().string(not(containsString(draftName))))
					.andExpect(content().string(not(containsString(withdrawnName))));
			}
			mvc.perform(get("/api/v1/declarations").param("q", draftName).with(officer))
				.andExpect(jsonPath("$.totalElements").value(0));
		}
		mvc.perform(get("/api/v1/declarations").param("status", "DRAFT").with(guidanceOfficer()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOfficerAskingForADraftByIdGetsNotFound() throws Exception {
		for (DeclarationView unsubmitted : List.of(draft, withdrawn)) {
			for (RequestPostProcessor officer : readingOfficers()) {
				mvc.perform(get("/api/v1/declarations/{id}", unsubmitted.id()).with(officer))
					.andExpect(status().isNotFound())
					.andExpect(content().string(not(containsString(draftName))));
				mvc.perform(get("/declarations/{id}/content", unsubmitted.id()).with(officer))
					.andExpect(status().isNotFound())
					.andExpect(content().string(not(containsString(draftName))));
				mvc.perform(get("/declarations/{id}/compare", unsubmitted.id()).param("from", "1")
					.param("to", "1")
					.with(officer)).andExpect(status().isNotFound());
			}
			mvc.perform(get("/api/v1/declarations/{id}", unsubmitted.id()).with(guidanceOfficer()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/declarations/{id}/content", unsubmitted.id()).with(guidanceOfficer()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void noOfficerDownloadsADraftsEvidence() throws Exception {
		for (RequestPostProcessor officer : readingOfficers()) {
			mvc.perform(get("/declarations/{id}/attachments/{a}", draft.id(), draftAttachment).with(officer))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/declarations/{id}/attachments/{a}", draft.id(), draftAttachment)
			.with(guidanceOfficer())).andExpect(status().isForbidden());
	}

	@Test
	void theDistrictsReviewPagesNeitherListNorOpenADraft() throws Exception {
		for (RequestPostProcessor officer : List.of(districtOfficer(), ipOfficer())) {
			mvc.perform(get("/review/declarations").param("status", "DRAFT")
				.param("call", String.valueOf(call.id()))
				.with(officer))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(draftName))))
				.andExpect(content().string(not(containsString(withdrawnName))));
			mvc.perform(get("/review/declarations").param("call", String.valueOf(call.id())).with(officer))
				.andExpect(content().string(containsString(submittedName)))
				.andExpect(content().string(not(containsString(draftName))));
			for (DeclarationView unsubmitted : List.of(draft, withdrawn)) {
				mvc.perform(get("/review/declarations/{id}", unsubmitted.id()).with(officer))
					.andExpect(status().isNotFound());
				mvc.perform(get("/api/v1/declarations/{id}/review", unsubmitted.id()).with(officer))
					.andExpect(status().isNotFound());
			}
		}
		for (RequestPostProcessor outsider : List.of(guidanceOfficer(), municipalOfficer())) {
			mvc.perform(get("/review/declarations/{id}", draft.id()).with(outsider))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theDistrictsExportsOfTheCallCarryNoDraft() throws Exception {
		districtReviews.recommendAndFinalise(call.id(), XICHENG, submitted.id());
		long recommendationId = jdbc.queryForObject(
				"select id from recommendation where call_id = ? and district_code = ?", Long.class, call.id(),
				XICHENG);
		for (RequestPostProcessor officer : readingOfficers()) {
			byte[] xlsx = mvc.perform(get("/review/recommendations/{id}/list.xlsx", recommendationId).with(officer))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			StringBuilder cells = new StringBuilder();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				for (Row row : workbook.getSheetAt(0)) {
					row.forEach(cell -> cells.append(cell.toString()).append('|'));
				}
			}
			assertThat(cells.toString()).contains(submittedName).doesNotContain(draftName, withdrawnName);
			byte[] pdf = mvc.perform(get("/review/recommendations/{id}/letter.pdf", recommendationId).with(officer))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains(submittedName)
					.doesNotContain(draftName, withdrawnName);
			}
		}
	}
}
