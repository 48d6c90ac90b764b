package cn.tsbase.evaluation;

import static cn.tsbase.evaluation.PilotFixtures.bureau;
import static cn.tsbase.evaluation.PilotFixtures.district;
import static cn.tsbase.evaluation.PilotFixtures.municipal;
import static cn.tsbase.evaluation.PilotFixtures.officer;
import static cn.tsbase.evaluation.PilotFixtures.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.shared.crypto.FieldEncryption;

/**
 * The pilot dossier's typical cases and its Word document: the district chooses among its cases published in the
 * case library (through the casework API) in the dossier's year or the year before — not another district's, not a
 * draft — the choice shows on the page, in the PDF and the Word document; after the recommendation it is frozen.
 */
@IntegrationTest
class PilotDossierCasesTests {

	static final String MENTOUGOU = "110109";
	static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	PilotFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldEncryption encryption;

	final List<Long> cases = new ArrayList<>();

	@AfterEach
	void removeCases() {
		cases.forEach(id -> jdbc.update("delete from typical_case where id = ?", id));
	}

	long typicalCase(String district, int year, String title, String status) {
		Timestamp now = Timestamp.from(Instant.now(fixtures.clock()));
		jdbc.update("insert into typical_case (author_kind, district_code, created_by, created_at, case_year,"
				+ " secret_kind, industry_code, infringement_form, industry_word, mask_companies, title, facts,"
				+ " handling, significance, public_title, public_facts, public_handling, public_significance, status,"
				+ " published_at, updated_at, version) values ('DISTRICT', ?, 'test', ?, ?, 'TECHNICAL', 'SOFTWARE_IT',"
				+ " 'OTHER', '某行业', false, ?, ?, ?, ?, ?, 'f', 'h', 's', ?, ?, ?, 0)", district, now, year,
				encryption.encrypt(title), encryption.encrypt("f"), encryption.encrypt("h"), encryption.encrypt("s"),
				title, status, "PUBLISHED".equals(status) ? now : null, now);
		long id = jdbc.queryForObject("select max(id) from typical_case where public_title = ?", Long.class, title);
		cases.add(id);
		return id;
	}

	long version(long id) {
		return fixtures.version("pilot_dossier", id);
	}

	@Test
	void theDistrictChoosesItsPublishedCasesAndTheDossierListsThemInPdfAndWord() throws Exception {
		int year = fixtures.publishedYear("试点案例甲公司", MENTOUGOU);
		long thisYear = typicalCase(MENTOUGOU, year, "门头沟离职员工带走图纸案", "PUBLISHED");
		long lastYear = typicalCase(MENTOUGOU, year - 1, "门头沟供应商泄露报价案", "PUBLISHED");
		long elsewhere = typicalCase(HAIDIAN, year, "海淀源代码外泄案", "PUBLISHED");
		typicalCase(MENTOUGOU, year, "门头沟草稿案例", "DRAFT");
		long id = fixtures.dossiers().build(MENTOUGOU, year, bureau());

		// the district sees its published cases of the two years as choices, nothing else
		mvc.perform(get("/evaluation/pilot-dossiers/{id}", id).with(district(MENTOUGOU)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"case_" + thisYear + "\"")))
			.andExpect(content().string(containsString("id=\"case_" + lastYear + "\"")))
			.andExpect(content().string(not(containsString("海淀源代码外泄案"))))
			.andExpect(content().string(not(containsString("门头沟草稿案例"))));

		// another district's case is refused, the bureau may not choose, the district chooses two
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/cases", id).with(district(MENTOUGOU)).with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("caseIds", String.valueOf(thisYear), String.valueOf(elsewhere))).andExpect(status().isBadRequest());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/cases", id)
			.with(municipal()).with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("caseIds", String.valueOf(thisYear))).andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/cases", id)
			.with(district(HAIDIAN)).with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("caseIds", String.valueOf(elsewhere))).andExpect(status().isNotFound());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/cases", id).with(district(MENTOUGOU)).with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("caseIds", String.valueOf(thisYear), String.valueOf(lastYear)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/evaluation/pilot-dossiers/{id}", id)
			.with(municipal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("门头沟离职员工带走图纸案（" + year + " 年）")))
			.andExpect(content().string(containsString("门头沟供应商泄露报价案（" + (year - 1) + " 年）")));

		// the Word document: figures, the chosen cases, the reason and the statement; audited like the PDF
		byte[] docx = mvc.perform(get("/evaluation/pilot-dossiers/{id}/dossier.docx", id).with(district(MENTOUGOU)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			text = extractor.getText();
		}
		assertThat(text).contains(year + " 年度", "全国试点推荐材料", "区域数据", "在册示范基地", "示范点 ",
				"典型案例", "门头沟离职员工带走图纸案", "门头沟供应商泄露报价案", "推荐理由");
		assertThat(text).doesNotContain("海淀源代码外泄案");
		mvc.perform(get("/evaluation/pilot-dossiers/{id}/dossier.docx", id)
			.with(district(HAIDIAN))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/pilot-dossiers/{id}/dossier.pdf", id).with(district(MENTOUGOU)))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where object_type = 'PilotDossier' "
					+ "and object_id = ? and event in ('PILOT_DOSSIER_CASES_CHOSEN', 'PILOT_DOSSIER_DOWNLOADED')",
					Long.class, String.valueOf(id)) == 3);

		// submitted and recommended: the choice is frozen
		fixtures.dossiers().writeReason(id, version(id), "案例丰富", bureau());
		fixtures.application().writeWorkPlan(id, version(id), "<p>工作方案</p>", officer(MENTOUGOU));
		fixtures.dossiers().submit(id, version(id), officer(MENTOUGOU));
		fixtures.scoring().score(id, version(id), scores("15", "15", "15", "15", "15"),
				bureau());
		fixtures.dossiers().recommend(id, version(id), bureau());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/cases", id).with(district(MENTOUGOU)).with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("caseIds", String.valueOf(thisYear))).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select typical_cases from pilot_dossier where id = ?", String.class, id))
			.contains("门头沟供应商泄露报价案");
	}
}
