package cn.tsbase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** Officers print the certificates of the bases in their scope and export the list, audited. */
@IntegrationTest
class OfficerBaseDownloadsTests {

	private static final AtomicLong IDS = new AtomicLong(970_500_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseService bases;

	@Autowired
	JdbcTemplate jdbc;

	private void publish(int year, List<ListPublished.Entry> entries) {
		bases.designate(new ListPublished(IDS.incrementAndGet(), 0L, year, "京市监发〔" + year + "〕" + IDS.get() % 1000 + "号",
				LocalDate.of(year, 7, 1), entries));
	}

	private static ListPublished.Entry entry(String name, String district) {
		long id = IDS.incrementAndGet();
		return new ListPublished.Entry(id, id, name, UsccFixtures.random(district), BaseType.POINT, district,
				"SOFTWARE_IT");
	}

	private long idOf(String name) {
		return jdbc.queryForObject("select id from demonstration_base where unit_name = ?", Long.class, name);
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static int pages(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	@Test
	void certificatesAndTheExportStayWithinTheOfficersScope() throws Exception {
		publish(2031, List.of(entry("证书西城甲科技有限公司", "110102"), entry("证书西城乙科技有限公司", "110102"),
				entry("证书海淀丙科技有限公司", "110108")));

		byte[] own = mvc.perform(get("/bases/{id}/certificate.pdf", idOf("证书西城甲科技有限公司"))
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(own)).contains("证书西城甲科技有限公司").contains("商业秘密保护示范点");
		assertThat(pages(own)).isEqualTo(1);
		mvc.perform(get("/bases/{id}/certificate.pdf", idOf("证书海淀丙科技有限公司"))
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null))).andExpect(status().isNotFound());

		byte[] all = mvc.perform(get("/bases/certificates.pdf").param("year", "2031")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(pages(all)).isEqualTo(3);
		assertThat(text(all)).contains("证书西城乙科技有限公司").contains("证书海淀丙科技有限公司");
		byte[] district = mvc.perform(get("/bases/certificates.pdf").param("year", "2031")
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(pages(district)).isEqualTo(2);
		assertThat(text(district)).doesNotContain("证书海淀丙科技有限公司");

		byte[] workbook = mvc.perform(get("/bases/export.xlsx").param("year", "2031")
			.with(Principals.role(Role.IP_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> names = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位名称");
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					names.add(row.getCell(0).getStringCellValue());
				}
			}
		}
		assertThat(names).containsExactlyInAnyOrder("证书西城甲科技有限公司", "证书西城乙科技有限公司");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event in ('CERTIFICATE_DOWNLOADED', "
				+ "'CERTIFICATES_DOWNLOADED', 'BASES_EXPORTED')", Long.class)).isGreaterThanOrEqualTo(4);
	}

	@Test
	void tooManyCertificatesAtOnceAreRefusedWithAWayOut() throws Exception {
		List<ListPublished.Entry> entries = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			entries.add(entry("批量证书单位" + i + "有限公司", "110105"));
		}
		publish(2032, entries);
		mvc.perform(get("/bases/certificates.pdf").param("year", "2032")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请先按年度、区或类型缩小范围")));
		mvc.perform(get("/bases/certificates.pdf").param("year", "2033")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isNotFound());
	}

	@Test
	void theOfficersListOffersTheDownloadsAndThePublicListDoesNot() throws Exception {
		mvc.perform(get("/bases").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(content().string(containsString("id=\"exportBases\"")))
			.andExpect(content().string(containsString("id=\"printCertificates\"")));
		mvc.perform(get("/bases").with(Principals.role(Role.IP_OFFICER, "110102", null)))
			.andExpect(content().string(containsString("id=\"exportBases\"")))
			.andExpect(content().string(not(containsString("id=\"printCertificates\""))));
		mvc.perform(get("/public/bases"))
			.andExpect(content().string(not(containsString("id=\"exportBases\""))))
			.andExpect(content().string(not(containsString("/certificate.pdf"))));
	}
}
