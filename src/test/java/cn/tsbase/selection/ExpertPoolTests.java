package cn.tsbase.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.selection.internal.ExpertService;
import cn.tsbase.shared.security.Role;

/** The expert pool: by hand or from Excel (all rows or none), each expert with an EXPERT account. */
@IntegrationTest
class ExpertPoolTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExpertService experts;

	@Autowired
	SelectionFixtures selection;

	static byte[] workbook(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("专家");
			Row header = sheet.createRow(0);
			for (int i = 0; i < ExpertService.IMPORT_HEADERS.size(); i++) {
				header.createCell(i).setCellValue(ExpertService.IMPORT_HEADERS.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void anExpertAddedByHandGetsAnExpertAccountActivatedByItsOwnerAndTheOfficerSeesNoPassword() throws Exception {
		String name = "专家" + UUID.randomUUID().toString().substring(0, 4);
		mvc.perform(post("/selection/experts").with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("name", name)
			.param("title", "教授")
			.param("affiliationName", "北京某大学")
			.param("affiliationUscc", UsccFixtures.random("110108").toLowerCase())
			.param("email", "prof@example.edu.cn")
			.param("fields", "SOFTWARE_IT", "LEGAL")
			.param("available", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("专家账户激活")))
			.andExpect(content().string(not(containsString("初始密码"))));
		var row = jdbc.queryForMap("select e.fields, e.affiliation_uscc, a.kind, a.password_change_required, r.role "
				+ "from expert e join user_account a on a.id = e.account_id join user_role r on r.user_id = a.id "
				+ "where e.name = ?", name);
		assertThat(row.get("kind")).isEqualTo("EXPERT");
		assertThat(row.get("role")).isEqualTo("EXPERT");
		assertThat(row.get("password_change_required")).isEqualTo(true);
		assertThat((String) row.get("fields")).contains("SOFTWARE_IT", "LEGAL");
		assertThat((String) row.get("affiliation_uscc")).isUpperCase();
	}

	@Test
	void anInvalidAffiliationCodeIsExplainedBesideTheField() throws Exception {
		mvc.perform(post("/selection/experts").with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("name", "代码错误专家")
			.param("affiliationName", "某单位")
			.param("affiliationUscc", "91110108")
			.param("fields", "LEGAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("应为 18 位")));
		assertThat(jdbc.queryForObject("select count(*) from expert where name = '代码错误专家'", Long.class)).isZero();
	}

	@Test
	void anImportWithABadRowAddsNobodyAndReportsTheRow() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 4);
		mvc.perform(multipart("/selection/experts/import")
			.file(new MockMultipartFile("file", "专家.xlsx", "application/octet-stream",
					workbook(List.of(List.of("甲" + tag, "研究员", "研究所", "", "", "", "TECHNICAL", "是"),
							List.of("", "研究员", "研究所", "", "", "", "TECHNICAL", "是"),
							List.of("丙" + tag, "研究员", "研究所", "", "", "", "ASTROLOGY", "是")))))
			.with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 3 行")))
			.andExpect(content().string(containsString("未知的专业领域：ASTROLOGY")));
		assertThat(jdbc.queryForObject("select count(*) from expert where name = ?", Long.class, "甲" + tag))
			.isZero();
	}

	@Test
	void aValidImportAddsEveryExpertWithAnAccount() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 4);
		mvc.perform(multipart("/selection/experts/import")
			.file(new MockMultipartFile("file", "专家.xlsx", "application/octet-stream",
					workbook(List.of(List.of("乙" + tag, "律师", "律师事务所", "", "b@law.cn", "13700000000", "LEGAL", "是"),
							List.of("丁" + tag, "高工", "研究院", UsccFixtures.random("110102"), "d@inst.cn", "",
									"ADVANCED_MANUFACTURING，TECHNICAL", "否")))))
			.with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已添加 2 位专家")));
		assertThat(jdbc.queryForObject("select available from expert where name = ?", Boolean.class, "丁" + tag))
			.isFalse();
		assertThat(jdbc.queryForObject("select fields from expert where name = ?", String.class, "丁" + tag))
			.isEqualTo("ADVANCED_MANUFACTURING,TECHNICAL");
	}

	@Test
	void anExpertWithoutAnEmailAddressIsRefusedBecauseTheActivationLinkGoesThere() throws Exception {
		String name = "无邮箱专家" + UUID.randomUUID().toString().substring(0, 4);
		mvc.perform(post("/selection/experts").with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("name", name)
			.param("affiliationName", "某单位")
			.param("fields", "LEGAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("账户激活链接将发送至该邮箱")));
		assertThat(jdbc.queryForObject("select count(*) from expert where name = ?", Long.class, name)).isZero();
	}

	/** The experts of the name whose fields contain the text, as the pool's field filter finds them. */
	private List<Long> withField(String name, String field) {
		return experts.search(name, field, null, PageRequest.of(0, 20)).map(e -> e.id()).getContent();
	}

	@Test
	void theFieldFilterTakesPercentUnderscoreAndBackslashLiterally() {
		String name = SelectionFixtures.unique("字段检索专家");
		long id = selection.expert(name, "SOFTWARE_IT").id();

		assertThat(withField(name, "SOFTWARE_IT")).containsExactly(id);
		assertThat(withField(name, "E_I")).as("an underscore is an underscore").containsExactly(id);
		assertThat(withField(name, "EXI")).isEmpty();
		assertThat(withField(name, "%")).as("a percent sign is not a wildcard").isEmpty();
		assertThat(withField(name, "E%I")).isEmpty();
		assertThat(withField(name, "\\")).as("a backslash is not an escape").isEmpty();
		assertThat(withField(name, "E\\_I")).isEmpty();
	}
}
