package cn.tsbase.operation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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

import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.ZoneIndicators;
import cn.tsbase.operation.internal.LiaisonReports;
import cn.tsbase.operation.internal.OperationOverview;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * The overview of bases for the district (its own) and the municipal bureau (all districts, read-only): one page,
 * filtered and paged in the database, and the same list as an Excel workbook written as it streams.
 */
@Controller
class OverviewController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final Set<String> SORTABLE = Set.of("unitName", "districtCode", "batchYear");

	private final OperationOverview overview;
	private final LiaisonReports reports;
	private final ReferenceData referenceData;
	private final MessageSource messages;

	OverviewController(OperationOverview overview, LiaisonReports reports, ReferenceData referenceData,
			MessageSource messages) {
		this.overview = overview;
		this.reports = reports;
		this.referenceData = referenceData;
		this.messages = messages;
	}

	@GetMapping("/operation/overview")
	String show(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String district, @RequestParam(required = false) BaseType type,
			@RequestParam(required = false) String name, @RequestParam(required = false) Boolean incomplete,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
			HttpServletRequest request, Model model) {
		int shown = year(year);
		boolean incompleteOnly = Boolean.TRUE.equals(incomplete);
		var filter = new OperationOverview.Filter(district, type, name, incompleteOnly);
		Page<OperationOverview.Row> found = overview.page(user, filter, shown,
				Paging.of(page, Paging.DEFAULT_SIZE, sort, SORTABLE, Sort.by("districtCode", "unitName", "id")));
		var filters = new LinkedMultiValueMap<String, String>();
		filters.add("year", String.valueOf(shown));
		filters.add("district", district);
		filters.add("type", type == null ? null : type.name());
		filters.add("name", name);
		filters.add("incomplete", incompleteOnly ? "true" : null);
		filters.add("sort", sort);
		model.addAttribute("rows", found);
		model.addAttribute("links", PageLinks.of(found, "/operation/overview", filters));
		model.addAttribute("year", shown);
		model.addAttribute("district", district);
		model.addAttribute("type", type);
		model.addAttribute("name", name);
		model.addAttribute("incomplete", incompleteOnly);
		model.addAttribute("types", BaseType.values());
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		model.addAttribute("exportQuery", request.getQueryString());
		return Htmx.view(request, "operation/overview", "results");
	}

	@GetMapping("/operation/overview.xlsx")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String district,
			@RequestParam(required = false) BaseType type, @RequestParam(required = false) String name,
			@RequestParam(required = false) Boolean incomplete, Locale locale) {
		int shown = year(year);
		var filter = new OperationOverview.Filter(district, type, name, Boolean.TRUE.equals(incomplete));
		List<String> headers = List.of(msg("unit.field.name", locale), msg("unit.field.districtCode", locale),
				msg("declaration.baseType", locale), msg("operation.overview.standards", locale),
				msg("operation.overview.plan", locale), msg("operation.overview.planned", locale),
				msg("operation.overview.held", locale), msg("operation.overview.participants", locale),
				msg("operation.overview.reportsDue", locale), msg("operation.overview.onTime", locale),
				msg("operation.overview.late", locale), msg("operation.overview.missing", locale),
				msg("operation.overview.openProblems", locale), msg("operation.zone.trainingRatio", locale, shown),
				msg("operation.zone.legalEvents", locale, shown), msg("operation.zone.cultivated", locale),
				msg("operation.zone.rulesRatio", locale));
		StreamingResponseBody body = out -> {
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
				Sheet sheet = workbook.createSheet(msg("operation.overview.title", locale));
				Row header = sheet.createRow(0);
				for (int i = 0; i < headers.size(); i++) {
					header.createCell(i).setCellValue(headers.get(i));
				}
				int[] next = { 1 };
				overview.export(user, filter, shown, chunk -> chunk.forEach(r -> {
					Row row = sheet.createRow(next[0]++);
					var f = r.figures();
					row.createCell(0).setCellValue(r.unitName());
					row.createCell(1).setCellValue(referenceData.district(r.districtCode(), locale));
					row.createCell(2).setCellValue(msg(r.baseType().messageKey(), locale));
					row.createCell(3).setCellValue(r.isComplete() ? msg("operation.profile.complete", locale)
							: String.join("、", r.missing().stream().map(s -> msg(s.messageKey(), locale)).toList()));
					row.createCell(4).setCellValue(msg("operation.overview.planState." + f.plan(), locale));
					row.createCell(5).setCellValue(f.planned().count());
					row.createCell(6).setCellValue(f.activities().count());
					row.createCell(7).setCellValue(f.activities().participants());
					row.createCell(8).setCellValue(f.reports().due());
					row.createCell(9).setCellValue(f.reports().onTime());
					row.createCell(10).setCellValue(f.reports().late());
					row.createCell(11).setCellValue(f.reports().missing());
					row.createCell(12).setCellValue(f.openProblems());
					if (r.zone() != null) {
						zoneCells(row, r.zone());
					}
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
				.filename(msg("operation.overview.file", locale), StandardCharsets.UTF_8)
				.build()
				.toString())
			.cacheControl(CacheControl.noStore())
			.contentType(XLSX)
			.body(body);
	}

	private int year(Integer year) {
		int current = reports.today().getYear();
		if (year == null) {
			return current;
		}
		if (year < 2000 || year > current + 1) {
			throw new NotFoundException("Year " + year);
		}
		return year;
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private String msg(String key, Locale locale, int year) {
		return messages.getMessage(key, new Object[] { String.valueOf(year) }, key, locale);
	}

	/** A zone's four indicators; a percentage stays empty while the zone has no members. */
	private static void zoneCells(Row row, ZoneIndicators zone) {
		if (zone.trainingPercent() != null) {
			row.createCell(13).setCellValue(zone.trainingPercent());
		}
		row.createCell(14).setCellValue(zone.legalEvents());
		row.createCell(15).setCellValue(zone.cultivated());
		if (zone.rulesPercent() != null) {
			row.createCell(16).setCellValue(zone.rulesPercent());
		}
	}
}
