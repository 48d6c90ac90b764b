package cn.tsbase.operation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.ZoneIndicators;
import cn.tsbase.operation.internal.Activities;
import cn.tsbase.operation.internal.ActivityKind;
import cn.tsbase.operation.internal.ActivityOverview;
import cn.tsbase.operation.internal.ActivityRecord;
import cn.tsbase.operation.internal.AnnualPlans;
import cn.tsbase.operation.internal.BaseProfiles;
import cn.tsbase.operation.internal.LiaisonProblems;
import cn.tsbase.operation.internal.LiaisonReports;
import cn.tsbase.operation.internal.LiaisonView;
import cn.tsbase.operation.internal.MemberView;
import cn.tsbase.operation.internal.PlanView;
import cn.tsbase.operation.internal.ProfileView;
import cn.tsbase.operation.internal.Standard;
import cn.tsbase.operation.internal.ZoneMembers;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Paging;

/**
 * Operation management as JSON: the bases in the caller's scope, a base's profile, annual plans and activities, the
 * liaison reports and their problems. The same services and scope as the pages answer, with view records only.
 */
@RestController
@Tag(name = "operation")
class OperationApiController {

	private final BaseProfiles profiles;
	private final AnnualPlans plans;
	private final Activities activities;
	private final LiaisonReports reports;
	private final LiaisonProblems problems;
	private final ZoneMembers members;
	private final ActivityOverview activityOverview;

	OperationApiController(BaseProfiles profiles, AnnualPlans plans, Activities activities, LiaisonReports reports,
			LiaisonProblems problems, ZoneMembers members, ActivityOverview activityOverview) {
		this.members = members;
		this.activityOverview = activityOverview;
		this.profiles = profiles;
		this.plans = plans;
		this.activities = activities;
		this.reports = reports;
		this.problems = problems;
	}

	/** A page of a list. */
	record PageResource<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageResource<T> of(Page<T> page) {
			return new PageResource<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}
	}

	/** A base as listed: who, where, what kind, which standards lack content. */
	record BaseResource(long baseId, String unitName, String districtCode, BaseType baseType, int batchYear,
			Set<Standard> missingStandards, Integer acceptedPlanYear) {

		static BaseResource of(ProfileView p) {
			return new BaseResource(p.baseId(), p.unitName(), p.districtCode(), p.baseType(), p.batchYear(),
					p.missing(), p.acceptedPlanYear());
		}
	}

	/** A zone's four computed indicators of the current year and a page of its member units. */
	record MembersResource(ZoneIndicators indicators, PageResource<MemberView> members) {
	}

	@Operation(summary = "A zone's member units (current first) with its four indicators computed from them; "
			+ "the unit's own people, the district's officers and the municipal bureau read it, anyone else finds no zone")
	@GetMapping("/api/v1/bases/{id}/members")
	MembersResource members(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Page<MemberView> found = members.list(id, user, Paging.of(page, size, null, Set.of(), ZoneMembers.ORDER));
		return new MembersResource(members.indicators(id, user), PageResource.of(found));
	}

	@Operation(summary = "The bases in the caller's scope (the unit's own, the district's, all for the municipal bureau), paged")
	@GetMapping("/api/v1/bases")
	PageResource<BaseResource> bases(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResource.of(profiles
			.list(user, Paging.of(page, size, null, Set.of(), Sort.by("unitName").and(Sort.by("id"))))
			.map(BaseResource::of));
	}

	@Operation(summary = "A base's profile of the five standards (404 outside the caller's scope; phone masked for readers who only oversee)")
	@GetMapping("/api/v1/bases/{id}/profile")
	ProfileView profile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return profiles.find(id, user);
	}

	@Operation(summary = "A base's annual plans by year, or with ?year= the plan of that year with plan against actual")
	@GetMapping("/api/v1/annual-plans")
	Object annualPlans(@AuthenticationPrincipal CurrentUser user, @RequestParam long baseId,
			@RequestParam(required = false) Integer year) {
		if (year == null) {
			return plans.ofBase(baseId, user);
		}
		if (year < 2000 || year > 2100) {
			throw new NotFoundException("Year " + year);
		}
		PlanView plan = plans.find(baseId, year, user);
		return plan;
	}

	@Operation(summary = "Trainings and publicity events: of one base with ?baseId= (404 outside the caller's scope), "
			+ "or of every base the officer oversees, filtered by district (municipal bureau), kind, dates and base name; "
			+ "newest first, paged")
	@GetMapping("/api/v1/activities")
	PageResource<?> activities(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long baseId,
			@RequestParam(required = false) String district, @RequestParam(required = false) ActivityKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String name, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		if (baseId == null) {
			return PageResource.of(activityOverview.page(user,
					new ActivityOverview.Filter(district, kind, from, until, name),
					Paging.of(page, size, null, Set.of(), ActivityOverview.ORDER)));
		}
		return PageResource.of(activities.of(baseId, user, Paging.of(page, size, null, Set.of(),
				Sort.by(Sort.Direction.DESC, "heldOn").and(Sort.by(Sort.Direction.DESC, "id")))));
	}

	@Operation(summary = "The liaison reports of a year in the officer's scope, optionally by status, paged")
	@GetMapping("/api/v1/liaison-reports")
	PageResource<LiaisonView.ReportRow> liaisonReports(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		int shown = year == null ? reports.today().getYear() : year;
		if (shown < 2000 || shown > 2100) {
			throw new NotFoundException("Year " + shown);
		}
		return PageResource.of(reports.list(user, shown, status, Paging.of(page, size, null, Set.of(),
				Sort.by(Sort.Direction.DESC, "periodStart").and(Sort.by("unitName")).and(Sort.by("id")))));
	}

	@Operation(summary = "The problems raised in liaison reports in the officer's scope: open ones oldest first, or all with ?all=true")
	@GetMapping("/api/v1/liaison-problems")
	PageResource<LiaisonView.Problem> liaisonProblems(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Boolean all, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResource.of(problems.list(user, !Boolean.TRUE.equals(all),
				Paging.of(page, size, null, Set.of(), Sort.by("raisedOn").and(Sort.by("id")))));
	}
}
