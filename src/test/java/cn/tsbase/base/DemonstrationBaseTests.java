package cn.tsbase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.internal.BaseService;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.shared.security.Role;

/** A publication designates the bases: the public list, the district's list, the unit's base and certificate. */
@IntegrationTest
class DemonstrationBaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseService bases;

	@Autowired
	JdbcTemplate jdbc;

	record Published(ListPublished event, long pointUnit, String pointName, String zoneName) {
	}

	Published publish() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		long pointUnit = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
		ListPublished event = new ListPublished(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2), 1L, 2026,
				"京市监发〔2026〕" + tag + "号", LocalDate.of(2026, 7, 1),
				List.of(new ListPublished.Entry(1L, pointUnit, "示范点" + tag + "有限公司", UsccFixtures.random("110102"),
						BaseType.POINT, "110102", "SOFTWARE_IT"),
						new ListPublished.Entry(2L, pointUnit + 1, "示范区" + tag + "园区", UsccFixtures.random("110108"),
								BaseType.ZONE, "110108", "TECH_SERVICES")));
		bases.designate(event);
		return new Published(event, pointUnit, "示范点" + tag + "有限公司", "示范区" + tag + "园区");
	}

	@Test
	void publicationCreatesOneBasePerUnitOnceEvenWhenReplayed() {
		Published published = publish();
		assertThat(bases.designate(published.event())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from demonstration_base where publication_id = ?", Long.class,
				published.event().publicationId())).isEqualTo(2);
	}

	@Test
	void thePublicListFiltersAndIsCacheable() throws Exception {
		Published published = publish();
		mvc.perform(get("/public/bases").param("q", published.pointName()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(content().string(containsString(published.pointName())))
			.andExpect(content().string(containsString(published.event().documentNumber())));
		mvc.perform(get("/public/bases").param("q", published.zoneName()).param("type", "POINT"))
			.andExpect(content().string(not(containsString(published.zoneName() + "</a>"))));
		mvc.perform(get("/api/v1/public/bases").param("district", "110108").param("q", published.zoneName()))
			.andExpect(jsonPath("$[0].unitName").value(published.zoneName()))
			.andExpect(jsonPath("$[0].baseType").value("ZONE"));
	}

	@Test
	void aDistrictSeesItsOwnBasesOnly() throws Exception {
		Published published = publish();
		mvc.perform(get("/bases").with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(content().string(containsString(published.pointName())))
			.andExpect(content().string(not(containsString(published.zoneName()))));
	}

	@Test
	void theUnitSeesItsBaseAndDownloadsItsCertificate() throws Exception {
		Published published = publish();
		mvc.perform(get("/unit/base").with(Principals.role(Role.APPLICANT, "110102", published.pointUnit())))
			.andExpect(content().string(containsString(published.event().documentNumber())));
		long baseId = jdbc.queryForObject("select id from demonstration_base where unit_id = ?", Long.class,
				published.pointUnit());
		byte[] pdf = mvc.perform(get("/unit/base/{id}/certificate.pdf", baseId)
			.with(Principals.role(Role.APPLICANT, "110102", published.pointUnit())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("商业秘密保护示范点", published.pointName(),
					"2026", published.event().documentNumber());
		}
		mvc.perform(get("/unit/base/{id}/certificate.pdf", baseId)
			.with(Principals.role(Role.APPLICANT, "110102", published.pointUnit() + 1))).andExpect(status().isNotFound());
	}

	@Test
	void theUnitsDownloadOfItsCertificateIsAuditedOnce() throws Exception {
		Published published = publish();
		long baseId = jdbc.queryForObject("select id from demonstration_base where unit_id = ?", Long.class,
				published.pointUnit());
		mvc.perform(get("/unit/base/{id}/certificate.pdf", baseId)
			.with(Principals.role(Role.APPLICANT, "110102", published.pointUnit())))
			.andExpect(status().isOk());
		String downloads = "select count(*) from audit_entry where event = 'CERTIFICATE_DOWNLOADED' "
				+ "and object_type = 'DemonstrationBase' and object_id = ? and actor = 'test-applicant' and outcome = ?";
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject(downloads, Long.class, String.valueOf(baseId), "SUCCESS") >= 1);
		assertThat(jdbc.queryForObject(downloads, Long.class, String.valueOf(baseId), "SUCCESS")).isEqualTo(1);
	}
}
