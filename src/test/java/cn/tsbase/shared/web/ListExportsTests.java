package cn.tsbase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;

import cn.tsbase.shared.StateConflictException;

/** Batches, the cap, headers from the bundle and empty cells of a list export, without a database. */
class ListExportsTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final ListExports exports = new ListExports(messages);

	ListExportsTests() {
		messages.addMessage("t.title", Locale.SIMPLIFIED_CHINESE, "名录");
		messages.addMessage("t.name", Locale.SIMPLIFIED_CHINESE, "名称");
		messages.addMessage("t.count", Locale.SIMPLIFIED_CHINESE, "人数");
	}

	/** A list of n numbered items, read page by page; the pages asked for are noted. */
	private static java.util.function.Function<Pageable, Page<Integer>> list(int n, List<Pageable> asked) {
		return pageable -> {
			asked.add(pageable);
			int from = (int) Math.min(pageable.getOffset(), n);
			int to = Math.min(from + pageable.getPageSize(), n);
			return new PageImpl<>(IntStream.range(from, to).boxed().toList(), pageable, n);
		};
	}

	@Test
	void theWholeListIsWrittenBatchByBatchInItsSortWithHeadersFromTheBundle() throws Exception {
		List<Pageable> asked = new ArrayList<>();
		Sort sort = Sort.by("name").and(Sort.by("id"));
		var prepared = exports.prepare(new ListExports.Export<>("t.title", List.of("t.name", "t.count"),
				list(1234, asked), sort, 5000, i -> ListExports.cells("单位" + i, i % 2 == 0 ? i : null)));
		assertThat(prepared.total()).isEqualTo(1234);
		var response = exports.xlsx(prepared, Locale.SIMPLIFIED_CHINESE);
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''")
			.contains(".xlsx");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		response.getBody().writeTo(out);

		assertThat(asked).extracting(Pageable::getPageNumber).containsExactly(0, 1, 2);
		assertThat(asked).allSatisfy(p -> {
			assertThat(p.getPageSize()).isEqualTo(ListExports.BATCH);
			assertThat(p.getSort()).isEqualTo(sort);
		});
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(workbook.getSheetName(0)).isEqualTo("名录");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("人数");
			assertThat(sheet.getLastRowNum()).isEqualTo(1234);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位0");
			assertThat(sheet.getRow(1234).getCell(0).getStringCellValue()).isEqualTo("单位1233");
			assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2);
			assertThat(sheet.getRow(2).getCell(1)).isNull();
		}
	}

	@Test
	void aListLongerThanTheCapIsRefusedBeforeAnythingIsWritten() {
		List<Pageable> asked = new ArrayList<>();
		assertThatThrownBy(() -> exports.prepare(new ListExports.Export<>("t.title", List.of("t.name"),
				list(10_001, asked), Sort.by("id"), 10_000, i -> ListExports.cells(i))))
			.isInstanceOf(StateConflictException.class)
			.satisfies(e -> assertThat(((StateConflictException) e).messageKey()).isEqualTo("export.tooMany"));
		assertThat(asked).hasSize(1);
		// exactly at the cap is fine
		assertThat(exports.prepare(new ListExports.Export<>("t.title", List.of("t.name"), list(10_000, asked),
				Sort.by("id"), 10_000, i -> ListExports.cells(i))).total()).isEqualTo(10_000);
	}

	@Test
	void anEmptyListIsAWorkbookWithItsHeadersOnly() throws Exception {
		var prepared = exports.prepare(new ListExports.Export<>("t.title", List.of("t.name"),
				list(0, new ArrayList<>()), Sort.by("id"), 10, i -> ListExports.cells(i)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.xlsx(prepared, Locale.SIMPLIFIED_CHINESE).getBody().writeTo(out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
		}
	}
}
