package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.MemberImport;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** A zone imports its member units from the Excel template, all rows or none, with a report row by row. */
@IntegrationTest
class MemberImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	UnitFixtures units;

	static byte[] workbook(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("成员单位");
			Row header = sheet.createRow(0);
			for (int i = 0; i < MemberImport.HEADERS.size(); i++) {
				header.createCell(i).setCellValue(MemberImport.HEADERS.get(i));
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
	void readsValidRowsNormalisingCodesAndSkippingEmptyRows() throws Exception {
		String code = UsccFixtures.random("110102");
		MemberImport.Result result = MemberImport.read(new ByteArrayInputStream(workbook(List.of(
				List.of("成员甲", " " + code.toLowerCase() + " ", "张三", "13800000000"), List.of("", "", "", ""),
				List.of("成员乙", UsccFixtures.random("110108"), "李四", "")))));
		assertThat(result.ok()).isTrue();
		assertThat(result.members()).hasSize(2);
		assertThat(result.members().get(0).uscc()).isEqualTo(code);
	}

	@Test
	void reportsEveryBadRowAndImportsNothing() throws Exception {
		String code = UsccFixtures.random("110102");
		MemberImport.Result result = MemberImport.read(new ByteArrayInputStream(workbook(List.of(
				List.of("成员甲", code, "", ""), List.of("", UsccFixtures.random("110102"), "", ""),
				List.of("成员丙", code, "", ""), List.of("成员丁", "91110102", "", "")))));
		assertThat(result.ok()).isFalse();
		assertThat(result.members()).isEmpty();
		assertThat(result.problems()).extracting(MemberImport.RowProblem::row, MemberImport.RowProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "members.import.nameMissing"),
					org.assertj.core.groups.Tuple.tuple(4, "members.import.duplicate"),
					org.assertj.core.groups.Tuple.tuple(5, "uscc.length"));
	}

	@Test
	void somethingThatIsNotAWorkbookIsRefusedPolitely() {
		MemberImport.Result result = MemberImport.read(new ByteArrayInputStream("not excel".getBytes()));
		assertThat(result.problems()).extracting(MemberImport.RowProblem::messageKey)
			.containsExactly("members.import.unreadable");
	}

	@Test
	void theZoneImportsThroughThePageAndSeesTheReportOnErrors() throws Exception {
		Instant now = Instant.now();
		CallView call = declarations.createCall(new NewCall("导入测试" + UUID.randomUUID().toString().substring(0, 6), 2026,
				EnumSet.allOf(BaseType.class), "要求", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)), 3, 1),
				new CurrentUser(0L, "officer", null, "officer", EnumSet.of(Role.DISTRICT_OFFICER), "110102", null, true,
						true, false));
		UnitFixtures.RegisteredUnit zone = units.register("示范区园区", "110102");
		CurrentUser user = new CurrentUser(0L, zone.username(), null, "园区", EnumSet.of(Role.APPLICANT), "110102",
				zone.unit().getId(), true, true, false);
		DeclarationView declaration = declarations.start(call.id(), BaseType.ZONE, user);

		mvc.perform(get("/declarations/{id}/members/template.xlsx", declaration.id()).with(Principals.as(user)))
			.andExpect(status().isOk());
		mvc.perform(multipart("/declarations/{id}/members/import", declaration.id())
			.file(new MockMultipartFile("file", "成员.xlsx", "application/octet-stream",
					workbook(List.of(List.of("坏行", "123", "", "")))))
			.param("version", String.valueOf(declaration.version()))
			.with(csrf())
			.with(Principals.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 2 行")));
		assertThat(declarations.open(declaration.id(), user).content().members()).isEmpty();

		mvc.perform(multipart("/declarations/{id}/members/import", declaration.id())
			.file(new MockMultipartFile("file", "成员.xlsx", "application/octet-stream",
					workbook(List.of(List.of("成员一", UsccFixtures.random("110102"), "甲", "1"),
							List.of("成员二", UsccFixtures.random("110102"), "乙", "2")))))
			.param("version", String.valueOf(declaration.version()))
			.with(csrf())
			.with(Principals.as(user))).andExpect(status().is3xxRedirection());
		assertThat(declarations.open(declaration.id(), user).content().members()).hasSize(2);
	}
}
