package cn.tsbase.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * Evidence files of a guidance visit record: the officer who recorded the visit uploads them (checked like every
 * upload), whoever sees the visit downloads them, anyone else gets 404.
 */
@IntegrationTest
class VisitEvidenceTests {

	static final String XICHENG = "110102";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	UnitFixtures units;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	private long appoint(TestAccount account) throws Exception {
		mvc.perform(post("/guidance/officers").with(district)
			.with(csrf())
			.param("accountId", String.valueOf(account.getId()))
			.param("expertise", "保密体系建设")
			.param("phone", "13812345678")
			.param("email", "guide@example.com")).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select id from guidance_officer where account_id = ?", Long.class, account.getId());
	}

	private long recordVisit(RequestPostProcessor officer, long unitId) throws Exception {
		String location = mvc.perform(post("/guidance/visits").with(officer)
			.with(csrf())
			.param("unitId", String.valueOf(unitId))
			.param("visitedOn", LocalDate.now().minusDays(1).toString())
			.param("mode", "ON_SITE")
			.param("participants", "法务部张某")
			.param("topics", "RISK_ASSESSMENT")
			.param("checked", "LEDGERS")
			.param("findings", "台账齐全。")).andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", SampleFiles.pdf(name));
	}

	@Test
	void theRecordingOfficerAttachesEvidenceThatWhoeverSeesTheVisitDownloads() throws Exception {
		var base = new GuidanceFixtures(units, events, transactions, jdbc).base("佐证材料科技有限公司", XICHENG);
		TestAccount guideAccount = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		TestAccount otherAccount = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		long guide = appoint(guideAccount);
		appoint(otherAccount);
		mvc.perform(post("/guidance/officers/{id}/bases", guide).with(district)
			.with(csrf())
			.param("baseId", String.valueOf(base.baseId()))).andExpect(status().is3xxRedirection());
		RequestPostProcessor officer = Principals.as(guideAccount);
		long visit = recordVisit(officer, base.unitId());
		String url = "/guidance/visits/" + visit + "/evidence";
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, XICHENG, base.unitId());

		mvc.perform(multipart(url).file(pdf("现场检查照片.pdf")).with(officer).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "guidance.visit.evidenceAdded"));
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "伪装.pdf", "application/pdf",
				"not a pdf".getBytes())).with(officer).with(csrf()))
			.andExpect(flash().attributeExists("flashError"));
		mvc.perform(multipart(url).file(pdf("别人的.pdf")).with(Principals.as(otherAccount)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(url).file(pdf("单位的.pdf")).with(unit).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart(url).with(officer).with(csrf())).andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'guidance-visit' "
				+ "and owner_id = ?", Long.class, visit)).isEqualTo(1);

		var page = Jsoup.parse(mvc.perform(get("/guidance/visits/{id}", visit).with(unit))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#evidence a").eachText()).containsExactly("现场检查照片.pdf");
		assertThat(page.select("#evidenceForm")).isEmpty();
		String href = page.select("#evidence a").attr("href");
		for (RequestPostProcessor reader : new RequestPostProcessor[] { unit, officer, district }) {
			var started = mvc.perform(get(href).with(reader)).andReturn();
			started.getAsyncResult(120_000);
			mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
		}
		mvc.perform(get(href).with(Principals.as(otherAccount))).andExpect(status().isNotFound());
		mvc.perform(get(href).with(Principals.role(Role.DISTRICT_OFFICER, "110108", null)))
			.andExpect(status().isNotFound());
		mvc.perform(get(href).with(Principals.role(Role.APPLICANT, XICHENG, base.unitId() + 100_000)))
			.andExpect(status().isNotFound());
		mvc.perform(get(href.replace("/visits/" + visit + "/", "/visits/" + (visit + 100_000) + "/")).with(district))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiTakesEvidenceFromTheRecordingOfficerWithThePagesChecks() throws Exception {
		var base = new GuidanceFixtures(units, events, transactions, jdbc).base("接口佐证科技有限公司", XICHENG);
		TestAccount guideAccount = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		TestAccount otherAccount = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		long guide = appoint(guideAccount);
		appoint(otherAccount);
		mvc.perform(post("/guidance/officers/{id}/bases", guide).with(district)
			.with(csrf())
			.param("baseId", String.valueOf(base.baseId()))).andExpect(status().is3xxRedirection());
		RequestPostProcessor officer = Principals.as(guideAccount);
		long visit = recordVisit(officer, base.unitId());
		String url = "/api/v1/guidance-visits/" + visit + "/evidence";
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, XICHENG, base.unitId());

		mvc.perform(multipart(url).file(pdf("接口上传.pdf")).with(officer).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.originalName").value("接口上传.pdf"))
			.andExpect(jsonPath("$.ownerId").value(visit));
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "伪装.pdf", "application/pdf",
				"not a pdf".getBytes())).servletPath(url).with(officer).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		mvc.perform(multipart(url).with(officer).with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(multipart(url).file(pdf("别人的.pdf")).with(Principals.as(otherAccount)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(url).file(pdf("单位的.pdf")).with(unit).with(csrf())).andExpect(status().isForbidden());

		mvc.perform(get(url).with(unit)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get(url).with(district)).andExpect(status().isOk()).andExpect(jsonPath("$[0].originalName")
			.value("接口上传.pdf"));
		mvc.perform(get(url).with(Principals.as(otherAccount))).andExpect(status().isNotFound());
		mvc.perform(get(url).with(Principals.role(Role.DISTRICT_OFFICER, "110108", null)))
			.andExpect(status().isNotFound());
	}
}
