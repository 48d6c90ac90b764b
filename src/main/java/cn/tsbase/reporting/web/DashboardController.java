package cn.tsbase.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.reporting.internal.Figures.BaseFigures;
import cn.tsbase.reporting.internal.Figures.Funnel;
import cn.tsbase.reporting.internal.DashboardSnapshots;
import cn.tsbase.reporting.internal.DashboardSnapshots.Snapshot;
import cn.tsbase.reporting.internal.DistrictBases.BaseLights;
import cn.tsbase.reporting.internal.Figures.Row;
import cn.tsbase.reporting.internal.Figures.Table;
import cn.tsbase.reporting.internal.WorkFigures;
import cn.tsbase.reporting.internal.FunnelStage;
import cn.tsbase.reporting.internal.ProgrammeStatistics;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.FragmentRenderer;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;
import cn.tsbase.shared.web.PublicPage;

/**
 * The dashboards: the municipal bureau's over every district, a district's over its own (统计分析), and the public
 * statistics page. Each chart is drawn from the data table beside it, which downloads as Excel.
 */
@Controller
@Tag(name = "statistics")
class DashboardController {

	private static final DataScope PUBLIC = new DataScope(DataScope.Kind.ALL, null, null);
	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ProgrammeStatistics statistics;
	private final WorkFigures work;
	private final DashboardSnapshots snapshots;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;
	private final FragmentRenderer fragments;

	DashboardController(ProgrammeStatistics statistics, WorkFigures work, DashboardSnapshots snapshots,
			MessageSource messages, AuditLog audit, Clock clock, FragmentRenderer fragments) {
		this.fragments = fragments;
		this.statistics = statistics;
		this.work = work;
		this.snapshots = snapshots;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The dashboard's filters: a year (this year unless chosen), a base type (both unless chosen), the page of the
	 * district's bases and, for the municipal bureau, the district whose bases it looks at.
	 */
	record DashboardQuery(Integer year, BaseType type, Integer page, String district) {
	}

	@GetMapping("/reporting/dashboard")
	String dashboard(@AuthenticationPrincipal CurrentUser user, DashboardQuery query, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		int year = yearOf(query);
		model.addAttribute("year", year);
		model.addAttribute("type", query.type());
		List<Integer> years = new ArrayList<>(statistics.years(LocalDate.now(clock).getYear()));
		if (!years.contains(year)) {
			// a year reached by a link stays selectable, so that changing another filter keeps it
			years.add(year);
			years.sort(java.util.Comparator.reverseOrder());
		}
		model.addAttribute("years", years);
		model.addAttribute("baseTypes", BaseType.values());
		Snapshot snapshot = snapshots.of(year, query.type(), user.scope(), locale);
		model.addAttribute("funnel", snapshot.funnel());
		BaseFigures bases = snapshot.bases();
		model.addAttribute("bases", bases);
		model.addAttribute("municipal", user.scope().isAll());
		model.addAttribute("figures", snapshot.figures());
		model.addAttribute("countedAt", LocalDateTime.ofInstant(snapshot.countedAt(), java.time.ZoneId.of("Asia/Shanghai")));
		model.addAttribute("figuresTtl", snapshots.timeToLive().toSeconds());
		// the tables, rendered once per kept snapshot: the same for every reader of the scope, but for the links to
		// the incidents, which only the district and municipal officers may open
		Map<String, Object> variables = new HashMap<>();
		variables.put("year", year);
		variables.put("type", query.type());
		variables.put("funnel", snapshot.funnel());
		variables.put("bases", bases);
		variables.put("figures", snapshot.figures());
		String role = user.hasRole(Role.DISTRICT_OFFICER) || user.hasRole(Role.MUNICIPAL_OFFICER) ? "officer" : "other";
		for (String part : List.of("upper", "lower")) {
			model.addAttribute(part + "Html", snapshot.rendered()
				.part(part + "/" + role,
						() -> fragments.render("reporting/dashboard-parts", part, variables, locale, request, response)));
		}
		// the district's own bases; the municipal bureau chooses a district among those with bases
		String district = null;
		if (user.scope().kind() == DataScope.Kind.DISTRICT) {
			district = user.scope().districtCode();
		}
		else if (user.scope().isAll() && query.district() != null) {
			district = bases.byDistrict().stream()
				.filter(row -> row.code().equals(query.district()))
				.peek(row -> model.addAttribute("lightsDistrictName", row.label()))
				.map(Row::code)
				.findFirst()
				.orElse(null);
			model.addAttribute("district", district);
		}
		if (district != null) {
			DashboardSnapshots.LightsPage lights = snapshots.lights(district, year,
					Paging.of(query.page(), null, null, Set.of(), Sort.by("unitName")));
			Page<BaseLights> page = lights.page();
			model.addAttribute("lightsCountedAt",
					LocalDateTime.ofInstant(lights.countedAt(), java.time.ZoneId.of("Asia/Shanghai")));
			MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
			filters.add("year", String.valueOf(year));
			filters.add("type", query.type() == null ? null : query.type().name());
			if (user.scope().isAll()) {
				filters.add("district", district);
			}
			model.addAttribute("districtBases", page);
			model.addAttribute("links", PageLinks.of(page, "/reporting/dashboard", filters));
		}
		return "reporting/dashboard";
	}

	@GetMapping("/public/statistics")
	@PublicPage
	String publicStatistics(Model model, Locale locale) {
		model.addAttribute("bases", statistics.bases(PUBLIC, locale));
		return "reporting/public";
	}

	/**
	 * One table of the dashboard as Excel, with the dashboard's filters: funnel, districts, years, industries or one of
	 * the work figures (grades, rectifications, activities, liaison, problems, guidance, casework).
	 */
	@GetMapping("/reporting/dashboard/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam String table,
			DashboardQuery query, Locale locale) {
		int year = yearOf(query);
		List<String> headers = new ArrayList<>();
		List<Row> rows;
		Row total;
		String title;
		Optional<Table> figure = WorkFigures.NAMES.contains(table)
				? work.table(table, year, user.scope(), locale) : Optional.empty();
		if (figure.isPresent()) {
			headers.add(msg("reporting.district", locale));
			figure.get().columns().forEach(column -> headers.add(msg(column, locale)));
			rows = figure.get().rows();
			total = figure.get().total();
			title = msg(figure.get().titleKey(), locale) + " " + year;
		}
		else if ("funnel".equals(table)) {
			Funnel funnel = statistics.funnel(year, query.type(), user.scope(), locale);
			headers.add(msg("reporting.district", locale));
			funnel.stages().forEach(stage -> headers.add(msg(stage.messageKey(), locale)));
			rows = funnel.rows();
			total = funnel.total();
			title = msg("reporting.funnel.title", locale) + " " + year;
		}
		else {
			BaseFigures bases = statistics.bases(user.scope(), locale);
			switch (table) {
				case "districts" -> {
					headers.add(msg("reporting.district", locale));
					rows = bases.byDistrict();
					total = bases.districtTotal();
					title = msg("reporting.bases.byDistrict", locale);
				}
				case "years" -> {
					headers.add(msg("reporting.batchYear", locale));
					rows = bases.byYear();
					total = bases.yearTotal();
					title = msg("reporting.bases.byYear", locale);
				}
				case "industries" -> {
					headers.add(msg("reporting.industry", locale));
					rows = bases.byIndustry();
					total = bases.industryTotal();
					title = msg("reporting.bases.byIndustry", locale);
				}
				default -> throw new NotFoundException("No table " + table);
			}
			headers.add(msg("reporting.bases.points", locale));
			headers.add(msg("reporting.bases.zones", locale));
			headers.add(msg("reporting.bases.inactive", locale));
		}
		List<List<Object>> cells = new ArrayList<>();
		for (Row row : rows) {
			cells.add(line(row.label(), row));
		}
		cells.add(line(msg("reporting.total", locale), total));
		audit.record("STATISTICS_EXPORTED", "Statistics", null, AuditOutcome.SUCCESS, table);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(title + ".xlsx", StandardCharsets.UTF_8)
				.build()
				.toString())
			.cacheControl(CacheControl.noStore())
			.contentType(XLSX)
			.body(Spreadsheets.write(msg("reporting.sheet", locale), headers, cells));
	}

	/** A year's funnel as JSON: rows per district inside the caller's scope. */
	record FunnelResource(int year, List<FunnelStage> stages, List<Row> rows, Row total) {
	}

	@Operation(summary = "The year's funnel (申报 → 发文) by district, inside the caller's scope")
	@GetMapping("/api/v1/statistics/funnel")
	@ResponseBody
	FunnelResource funnelApi(@AuthenticationPrincipal CurrentUser user, DashboardQuery query, Locale locale) {
		Funnel funnel = statistics.funnel(yearOf(query), query.type(), user.scope(), locale);
		return new FunnelResource(funnel.year(), funnel.stages(), funnel.rows(), funnel.total());
	}

	@Operation(summary = "Bases by district, batch year and industry (示范点, 示范区, no longer active), inside the scope")
	@GetMapping("/api/v1/statistics/bases")
	@ResponseBody
	BaseFigures basesApi(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return statistics.bases(user.scope(), locale);
	}

	@Operation(summary = "Public figures: bases by district, batch year and industry")
	@GetMapping("/api/v1/public/statistics")
	@ResponseBody
	ResponseEntity<BaseFigures> publicApi(Locale locale) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic())
			.body(statistics.bases(PUBLIC, locale));
	}

	private int yearOf(DashboardQuery query) {
		return yearOf(query.year(), clock);
	}

	/** The chosen year, this year when none is; a year that cannot mean anything is refused. */
	static int yearOf(Integer year, Clock clock) {
		if (year == null) {
			return LocalDate.now(clock).getYear();
		}
		if (year < 2000 || year > 2100) {
			throw new cn.tsbase.shared.InvalidRequestException("reporting.year.invalid");
		}
		return year;
	}

	private static List<Object> line(String label, Row row) {
		List<Object> line = new ArrayList<>();
		line.add(label);
		line.addAll(row.counts());
		return line;
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
