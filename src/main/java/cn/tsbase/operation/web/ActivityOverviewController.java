package cn.tsbase.operation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.operation.internal.ActivityKind;
import cn.tsbase.operation.internal.ActivityOverview;
import cn.tsbase.operation.internal.ActivityRecord;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * All trainings and publicity events of the bases the officer oversees (the district its own, the municipal bureau
 * every district, read-only): filtered by base, kind and dates, paged in the database, and the same list as an Excel
 * workbook written as it streams.
 */
@Controller
class ActivityOverviewController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ActivityOverview overview;
	private final ReferenceData referenceData;
	private final MessageSource messages;

	ActivityOverviewController(ActivityOverview overview, ReferenceData referenceData, MessageSource messages) {
		this.overview = overview;
		this.referenceData = referenceData;
		this.messages = messages;
	}

	@GetMapping("/operation/activities")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String district,
			@RequestParam(required = false) ActivityKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String name, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		var filter = new ActivityOverview.Filter(district, kind, from, until, name);
		Page<ActivityOverview.Row> found = overview.page(user, filter,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(), ActivityOverview.ORDER));
		var filters = new LinkedMultiValueMap<String, String>();
		filters.add("district", district);
		filters.add("kind", kind == null ? null : kind.name());
		filters.add("from", from == null ? null : from.toString());
		filters.add("until", until == null ? null : until.toString());
		filters.add("name", name);
		model.addAttribute("rows", found);
		model.addAttribute("links", PageLinks.of(found, "/operation/activities", filters));
		model.addAttribute("district", district);
		model.addAttribute("kind", kind);
		model.addAttribute("from", from);
		model.addAttribute("until", until);
		model.addAttribute("name", name);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		return Htmx.view(request, "operation/all-activities", "results");
	}

	@GetMapping("/operation/activities.xlsx")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String district, @RequestParam(required = false) ActivityKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String name, Locale locale) {
		var filter = new ActivityOverview.Filter(district, kind, from, until, name);
		List<String> headers = List.of(msg("unit.field.name", locale), msg("unit.field.districtCode", locale),
				msg("operation.activity.heldOn", locale), msg("operation.activity.kind", locale),
				msg("operation.activity.topic", locale), msg("operation.activity.place", locale),
				msg("operation.activity.participants", locale), msg("operation.activity.organiser", locale),
				msg("operation.evidence.title", locale));
		StreamingResponseBody body = out -> {
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
				Sheet sheet = workbook.createSheet(msg("operation.allActivities.title", locale));
				Row header = sheet.createRow(0);
				for (int i = 0; i < headers.size(); i++) {
					header.createCell(i).setCellValue(headers.get(i));
				}
				int[] next = { 1 };
				overview.export(user, filter, chunk -> chunk.forEach(r -> {
					ActivityRecord a = r.activity();
					Row row = sheet.createRow(next[0]++);
					row.createCell(0).setCellValue(r.unitName());
					row.createCell(1).setCellValue(referenceData.district(r.districtCode(), locale));
					row.createCell(2).setCellValue(a.heldOn().toString());
					row.createCell(3).setCellValue(msg(a.kind().messageKey(), locale));
					row.createCell(4).setCellValue(a.topic());
					row.createCell(5).setCellValue(
							a.online() ? msg("operation.activity.onlineValue", locale) : nullToEmpty(a.place()));
					row.createCell(6).setCellValue(a.participants());
					row.createCell(7).setCellValue(a.organiser());
					row.createCell(8).setCellValue(a.evidenceCount());
				}));
				workbook.write(out);
				workbook.dispose();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(msg("operation.allActivities.file", locale), StandardCharsets.UTF_8)
				.build()
				.toString())
			.cacheControl(CacheControl.noStore())
			.contentType(XLSX)
			.body(body);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
