package cn.tsbase.declaration.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.tsbase.declaration.internal.DeclarationContent.MemberUnit;
import cn.tsbase.shared.Uscc;

/**
 * Reads a zone's member units from the Excel template (name, credit code, contact, phone; one header row). Every
 * row is checked; the result carries either the members or the problems row by row, never half of each.
 */
public final class MemberImport {

	public static final List<String> HEADERS = List.of("成员单位名称", "统一社会信用代码", "联系人", "联系电话");
	public static final int MAX_ROWS = 2000;

	private MemberImport() {
	}

	/** A problem of one row (1-based, as Excel numbers them), as a message key with its arguments. */
	public record RowProblem(int row, String messageKey, Object[] arguments) {
	}

	public record Result(List<MemberUnit> members, List<RowProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	public static Result read(InputStream in) {
		List<MemberUnit> members = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			Set<String> seen = new HashSet<>();
			int last = sheet.getLastRowNum();
			if (last > MAX_ROWS) {
				return new Result(List.of(), List.of(new RowProblem(0, "members.import.tooMany",
						new Object[] { MAX_ROWS })));
			}
			for (int r = 1; r <= last; r++) {
				Row row = sheet.getRow(r);
				String name = text(row, 0, formatter);
				String code = text(row, 1, formatter);
				String contact = text(row, 2, formatter);
				String phone = text(row, 3, formatter);
				if (name.isEmpty() && code.isEmpty() && contact.isEmpty() && phone.isEmpty()) {
					continue;
				}
				int excelRow = r + 1;
				if (name.isEmpty()) {
					problems.add(new RowProblem(excelRow, "members.import.nameMissing", new Object[0]));
				}
				else if (name.length() > 100) {
					problems.add(new RowProblem(excelRow, "members.import.nameTooLong", new Object[0]));
				}
				Uscc.Result parsed = Uscc.parse(code);
				if (!parsed.valid()) {
					problems.add(new RowProblem(excelRow, parsed.problem().messageKey(), parsed.arguments()));
				}
				else if (!seen.add(parsed.uscc().get().value())) {
					problems.add(new RowProblem(excelRow, "members.import.duplicate",
							new Object[] { parsed.uscc().get().value() }));
				}
				if (problems.isEmpty() || problems.get(problems.size() - 1).row() != excelRow) {
					members.add(new MemberUnit(name, parsed.uscc().get().value(), limit(contact, 50), limit(phone, 20)));
				}
			}
			if (members.isEmpty() && problems.isEmpty()) {
				problems.add(new RowProblem(0, "members.import.empty", new Object[0]));
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return new Result(List.of(), List.of(new RowProblem(0, "members.import.unreadable", new Object[0])));
		}
		return problems.isEmpty() ? new Result(members, List.of()) : new Result(List.of(), problems);
	}

	private static String text(Row row, int column, DataFormatter formatter) {
		if (row == null) {
			return "";
		}
		Cell cell = row.getCell(column);
		return cell == null ? "" : formatter.formatCellValue(cell).strip();
	}

	private static String limit(String value, int max) {
		return value.length() > max ? value.substring(0, max) : value;
	}
}
