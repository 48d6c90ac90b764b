package cn.tsbase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Downloads a streamed list export in a test and reads the workbook back, every cell as the sheet shows it. */
public final class ExportedWorkbooks {

	private ExportedWorkbooks() {
	}

	/** The rows of the first sheet, the header row first; numbers as Excel shows them ("3", not "3.0"). */
	public static List<List<String>> rows(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
		started.getAsyncResult(120_000);
		byte[] body = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Downloads.XLSX.toString()))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	/** Waits until the trail holds the actor's export of the object type with the outcome; its detail. */
	public static String awaitExportAudited(JdbcTemplate jdbc, String actor, String objectType, String outcome) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'LIST_EXPORTED' "
					+ "and actor = ? and object_type = ? and outcome = ?", Long.class, actor, objectType, outcome) > 0);
		List<String> details = jdbc.queryForList("select detail from audit_entry where event = 'LIST_EXPORTED' "
				+ "and actor = ? and object_type = ? and outcome = ? order by seq desc", String.class, actor,
				objectType, outcome);
		assertThat(details).isNotEmpty();
		return details.get(0);
	}
}
