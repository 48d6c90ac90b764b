package cn.tsbase.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.reporting.internal.Figures.Row;
import cn.tsbase.reporting.internal.DashboardSnapshots;
import cn.tsbase.reporting.internal.DashboardSnapshots.TrendSnapshot;
import cn.tsbase.reporting.internal.Trends;
import cn.tsbase.reporting.internal.Trends.Trend;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The trend over a range of years (年度趋势): the funnel's totals year by year, drawn from its data table, which
 * downloads as Excel; a click on a year opens that year's dashboard. Scoped like the dashboard.
 */
@Controller
class TrendController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** The default range: the last five years up to this one. */
	private static final int DEFAULT_YEARS = 5;

	private final Trends trends;
	private final DashboardSnapshots snapshots;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;

	TrendController(Trends trends, DashboardSnapshots snapshots, MessageSource messages, AuditLog audit, Clock clock) {
		this.trends = trends;
		this.snapshots = snapshots;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** The range (this year and the four before unless chosen) and the base type (both unless chosen). */
	record TrendQuery(Integer from, Integer to, BaseType type) {
	}

	@GetMapping("/reporting/trends")
	String trends(@AuthenticationPrincipal CurrentUser user, TrendQuery query, Model model, Locale locale) {
		Range range = rangeOf(query);
		TrendSnapshot snapshot = snapshots.trend(range.from(), range.to(), query.type(), user.scope(), locale);
		Trend trend = snapshot.trend();
		model.addAttribute("countedAt", LocalDateTime.ofInstant(snapshot.countedAt(), ZoneId.of("Asia/Shanghai")));
		model.addAttribute("figuresTtl", snapshots.timeToLive().toSeconds());
		int thisYear = LocalDate.now(clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int year = Math.max(thisYear + 1, trend.to()); year >= Math.min(thisYear - 14, trend.from()); year--) {
			years.add(year);
		}
		model.addAttribute("trend", trend);
		model.addAttribute("years", years);
		model.addAttribute("type", query.type());
		model.addAttribute("baseTypes", BaseType.values());
		model.addAttribute("municipal", user.scope().isAll());
		model.addAttribute("maxYears", Trends.MAX_YEARS);
		return "reporting/trends";
	}

	@GetMapping("/reporting/trends/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, TrendQuery query, Locale locale) {
		Trend trend = trendOf(user, query, locale);
		List<String> headers = new ArrayList<>();
		headers.add(msg("reporting.year", locale));
		trend.stages().forEach(stage -> headers.add(msg(stage.messageKey(), locale)));
		List<List<Object>> cells = new ArrayList<>();
		for (Row row : trend.rows()) {
			List<Object> line = new ArrayList<>();
			line.add(row.label());
			line.addAll(row.counts());
			cells.add(line);
		}
		audit.record("STATISTICS_EXPORTED", "Statistics", null, AuditOutcome.SUCCESS,
				"trends " + trend.from() + "-" + trend.to());
		String title = messages.getMessage("reporting.trend.file",
				new Object[] { String.valueOf(trend.from()), String.valueOf(trend.to()) }, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(title + ".xlsx", StandardCharsets.UTF_8)
				.build()
				.toString())
			.cacheControl(CacheControl.noStore())
			.contentType(XLSX)
			.body(Spreadsheets.write(msg("reporting.sheet", locale), headers, cells));
	}

	private Trend trendOf(CurrentUser user, TrendQuery query, Locale locale) {
		Range range = rangeOf(query);
		return trends.of(range.from(), range.to(), query.type(), user.scope(), locale);
	}

	private record Range(int from, int to) {
	}

	private Range rangeOf(TrendQuery query) {
		int to = query.to() == null ? LocalDate.now(clock).getYear() : DashboardController.yearOf(query.to(), clock);
		int from = query.from() == null ? to - DEFAULT_YEARS + 1 : DashboardController.yearOf(query.from(), clock);
		return new Range(from, to);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
