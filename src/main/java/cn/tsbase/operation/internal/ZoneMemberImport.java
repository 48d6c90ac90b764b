package cn.tsbase.operation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.tsbase.shared.Uscc;

/**
 * Reads a zone's members from the Excel template (one header row, the columns of {@link #HEADERS}). Every row is
 * checked; the result carries either all the rows or the problems row by row, never half of each.
 */
public final class ZoneMemberImport {

	public static final List<String> HEADERS = List.of("成员单位名称", "统一社会信用代码", "是否建立商业秘密保护制度（是/否）",
			"制度建立日期（yyyy-MM-dd）", "制度文件", "本年度培训人数", "是否培育示范企业（是/否）");

	public static final int MAX_ROWS = 2000;

	private static final int COLUMNS = HEADERS.size();

	private ZoneMemberImport() {
	}

	/** One member as a row states it; the name may be empty when the code belongs to a registered unit. */
	public record MemberRow(int row, String name, String uscc, MemberDetails details) {
	}

	/** A problem of one row (1-based, as Excel numbers them; 0 for the file), as a message key with arguments. */
	public record RowProblem(int row, String messageKey, Object[] arguments) {
	}

	public record Result(List<MemberRow> rows, List<RowProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

		static Result failed(String messageKey, Object... arguments) {
			return new Result(List.of(), List.of(new RowProblem(0, messageKey, arguments)));
		}
	}

	/** Reads the rows of the first sheet; the training count is for the given year. */
	public static Result read(InputStream in, int year) {
		List<MemberRow> rows = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				return Result.failed("operation.memberImport.tooMany", MAX_ROWS);
			}
			DataFormatter formatter = new DataFormatter();
			Set<String> seen = new HashSet<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String[] cells = new String[COLUMNS];
				boolean blank = true;
				for (int c = 0; c < COLUMNS; c++) {
					cells[c] = text(row, c, formatter);
					blank &= cells[c].isEmpty();
				}
				if (!blank) {
					read(r + 1, cells, row, year, seen, rows, problems);
				}
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return Result.failed("operation.memberImport.unreadable");
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			return Result.failed("operation.memberImport.empty");
		}
		return problems.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), problems);
	}

	private static void read(int excelRow, String[] cells, Row row, int year, Set<String> seen,
			List<MemberRow> rows, List<RowProblem> problems) {
		int before = problems.size();
		String name = cells[0];
		if (name.length() > 100) {
			problems.add(new RowProblem(excelRow, "operation.memberImport.nameTooLong", new Object[0]));
		}
		Uscc.Result parsed = Uscc.parse(cells[1]);
		String code = parsed.valid() ? parsed.uscc().get().value() : null;
		if (!parsed.valid()) {
			problems.add(new RowProblem(excelRow, parsed.problem().messageKey(), parsed.arguments()));
		}
		else if (!seen.add(code)) {
			problems.add(new RowProblem(excelRow, "operation.memberImport.duplicate", new Object[] { code }));
		}
		Boolean hasRules = yesNo(cells[2], excelRow, HEADERS.get(2), problems);
		LocalDate rulesOn = date(row, 3, cells[3], excelRow, problems);
		String document = cells[4];
		if (document.length() > 200) {
			problems.add(new RowProblem(excelRow, "operation.memberImport.documentTooLong", new Object[0]));
		}
		Integer trained = count(cells[5], excelRow, problems);
		Boolean cultivated = yesNo(cells[6], excelRow, HEADERS.get(6), problems);
		if (problems.size() == before) {
			boolean rules = Boolean.TRUE.equals(hasRules);
			rows.add(new MemberRow(excelRow, name, code, new MemberDetails(rules, rulesOn,
					document.isEmpty() ? null : document, year, trained, Boolean.TRUE.equals(cultivated))));
		}
	}

	private static Boolean yesNo(String value, int excelRow, String column, List<RowProblem> problems) {
		return switch (value) {
			case "", "否", "N", "n", "No", "no" -> false;
			case "是", "Y", "y", "Yes", "yes" -> true;
			default -> {
				problems.add(new RowProblem(excelRow, "operation.memberImport.yesNo", new Object[] { column, value }));
				yield null;
			}
		};
	}

	private static LocalDate date(Row row, int column, String text, int excelRow, List<RowProblem> problems) {
		if (text.isEmpty()) {
			return null;
		}
		Cell cell = row.getCell(column);
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		try {
			return LocalDate.parse(text.replace('/', '-'));
		}
		catch (DateTimeParseException e) {
			problems.add(new RowProblem(excelRow, "operation.memberImport.date", new Object[] { text }));
			return null;
		}
	}

	private static Integer count(String value, int excelRow, List<RowProblem> problems) {
		if (value.isEmpty()) {
			return 0;
		}
		try {
			int people = Integer.parseInt(value);
			if (people >= 0 && people <= 1_000_000) {
				return people;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(new RowProblem(excelRow, "operation.memberImport.count", new Object[] { value }));
		return null;
	}

	private static String text(Row row, int column, DataFormatter formatter) {
		if (row == null) {
			return "";
		}
		Cell cell = row.getCell(column);
		return cell == null ? "" : formatter.formatCellValue(cell).strip();
	}
}
