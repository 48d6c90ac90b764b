package cn.tsbase.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes simple tables as Excel workbooks (one sheet, a bold header row), streaming for large lists. */
public final class Spreadsheets {

	private Spreadsheets() {
	}

	/** Cells may be numbers (written as numbers) or anything else (written as text). */
	public static byte[] write(String sheetName, List<String> headers, List<List<Object>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, 20 * 256);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					Cell cell = row.createCell(c);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value != null) {
						cell.setCellValue(String.valueOf(value));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Takes the rows of a streamed workbook one at a time. */
	@FunctionalInterface
	public interface RowSink {

		/** Cells may be numbers (written as numbers) or anything else (written as text); null leaves a cell empty. */
		void add(List<?> cells);
	}

	/**
	 * Writes a workbook straight to the stream: the writer adds rows, of which only a window of 100 stays in memory
	 * (the rest goes to a temporary file that is removed afterwards), so a long list never sits in memory whole.
	 */
	public static void stream(OutputStream out, String sheetName, List<String> headers, Consumer<RowSink> writer)
			throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, 20 * 256);
			}
			int[] next = { 1 };
			writer.accept(cells -> {
				Row row = sheet.createRow(next[0]++);
				for (int c = 0; c < cells.size(); c++) {
					Object value = cells.get(c);
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(String.valueOf(value));
					}
				}
			});
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}
}
