package cn.tsbase.reporting.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.reporting.internal.DistrictBases;
import cn.tsbase.reporting.internal.DistrictBases.BaseLights;
import cn.tsbase.reporting.internal.Figures.Row;
import cn.tsbase.reporting.internal.Figures.Table;
import cn.tsbase.reporting.internal.WorkFigures;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.web.Paging;

/**
 * The work figures of the dashboards as JSON (grades, rectification orders, activities, liaison reports, open
 * problems, guidance, incidents and cases by district) and a district's bases with their status lights, inside the
 * caller's scope.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "statistics")
class FiguresApiController {

	private final WorkFigures work;
	private final DistrictBases districtBases;
	private final Clock clock;

	FiguresApiController(WorkFigures work, DistrictBases districtBases, Clock clock) {
		this.work = work;
		this.districtBases = districtBases;
		this.clock = clock;
	}

	/** A table of figures by district: its columns (after the district), rows and total row. */
	record FigureResource(String name, int year, List<String> columns, List<Row> rows, Row total) {

		static FigureResource of(Table table, int year) {
			// the column keys without their message prefix: EXCELLENT, ON_TIME, MEDIAN_DAYS...
			List<String> columns = table.columns()
				.stream()
				.map(key -> key.substring(key.lastIndexOf('.') + 1))
				.toList();
			return new FigureResource(table.name(), year, columns, table.rows(), table.total());
		}
	}

	@Operation(summary = "The year's work figures by district (grades, rectifications, activities, liaison reports, "
			+ "open problems, guidance, incidents and cases), inside the caller's scope")
	@GetMapping("/figures")
	List<FigureResource> figures(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, Locale locale) {
		int chosen = DashboardController.yearOf(year, clock);
		return work.all(chosen, user.scope(), locale).stream().map(t -> FigureResource.of(t, chosen)).toList();
	}

	@Operation(summary = "One of the year's work figures by district, inside the caller's scope")
	@GetMapping("/figures/{name}")
	FigureResource figure(@AuthenticationPrincipal CurrentUser user, @PathVariable String name,
			@RequestParam(required = false) Integer year, Locale locale) {
		int chosen = DashboardController.yearOf(year, clock);
		return work.table(name, chosen, user.scope(), locale)
			.map(t -> FigureResource.of(t, chosen))
			.orElseThrow(() -> new NotFoundException("No figure " + name));
	}

	/** A page of bases with their lights. */
	record BasesPage(int year, List<BaseLights> content, int page, int size, long totalElements, int totalPages) {
	}

	@Operation(summary = "A district's active bases with their status lights for the year (standards, plan, reports, "
			+ "rectification, grade): the officer's own district, or the one named for the municipal bureau")
	@GetMapping("/district-bases")
	BasesPage districtBases(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String district, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		int chosen = DashboardController.yearOf(year, clock);
		DataScope scope = user.scope();
		String districtCode = switch (scope.kind()) {
			case DISTRICT -> scope.districtCode();
			case ALL -> {
				if (district == null || district.isBlank()) {
					throw new cn.tsbase.shared.InvalidRequestException("reporting.district.required");
				}
				yield district;
			}
			default -> throw new AccessDeniedException("No statistics in scope");
		};
		Page<BaseLights> found = districtBases.page(districtCode, chosen,
				Paging.of(page, size, null, Set.of(), Sort.by("unitName")));
		return new BasesPage(chosen, found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}
}
