package cn.tsbase.guidance.web;

import java.util.EnumSet;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.guidance.internal.CultivationPool;
import cn.tsbase.guidance.internal.FollowUpView;
import cn.tsbase.guidance.internal.PoolEntryView;
import cn.tsbase.guidance.internal.GuidanceOfficers;
import cn.tsbase.guidance.internal.GuidanceRequests;
import cn.tsbase.guidance.internal.GuidanceVisits;
import cn.tsbase.guidance.internal.OfficerView;
import cn.tsbase.guidance.internal.RequestStatus;
import cn.tsbase.guidance.internal.RequestView;
import cn.tsbase.guidance.internal.VisitView;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Paging;

/** Guidance as JSON, with the same authorization and scoping as the pages. */
@RestController
@Tag(name = "guidance")
class GuidanceApiController {

	private final GuidanceOfficers officers;
	private final GuidanceRequests requests;
	private final GuidanceVisits visits;
	private final CultivationPool pool;

	GuidanceApiController(GuidanceOfficers officers, GuidanceRequests requests, GuidanceVisits visits,
			CultivationPool pool) {
		this.officers = officers;
		this.requests = requests;
		this.visits = visits;
		this.pool = pool;
	}

	record PageResource<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageResource<T> of(Page<T> page) {
			return new PageResource<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}
	}

	/** A guidance officer without the contact (which the officer's page shows, audited). */
	record OfficerResource(long id, long accountId, String displayName, String districtCode, String expertise,
			boolean active) {

		static OfficerResource of(OfficerView view) {
			return new OfficerResource(view.id(), view.accountId(), view.displayName(), view.districtCode(),
					view.expertise(), view.active());
		}
	}

	record VisitResource(VisitView visit, List<FollowUpView> followUps) {
	}

	@GetMapping("/api/v1/guidance-officers")
	@Operation(summary = "The guidance officers the caller sees (the district's; all for the municipal bureau)")
	PageResource<OfficerResource> officers(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResource.of(officers.list(user, Paging.of(page, size, null, java.util.Set.of(),
				Sort.by("displayName").and(Sort.by("id")))).map(OfficerResource::of));
	}

	@GetMapping("/api/v1/guidance-requests")
	@Operation(summary = "The guidance requests the caller sees, newest first")
	PageResource<RequestView> requests(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResource.of(requests.list(user,
				status == null ? EnumSet.allOf(RequestStatus.class) : EnumSet.of(status),
				Paging.of(page, size, null, java.util.Set.of(),
						Sort.by(Sort.Direction.DESC, "requestedAt").and(Sort.by(Sort.Direction.DESC, "id")))));
	}

	@GetMapping("/api/v1/guidance-visits")
	@Operation(summary = "The guidance visit records the caller sees, of one year or all, newest first")
	PageResource<VisitView> visits(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		int chosen = year == null || year < 2000 || year > 2100 ? 0 : year;
		return PageResource.of(visits.list(user, chosen, Paging.of(page, size, null, java.util.Set.of(),
				Sort.by(Sort.Direction.DESC, "visitedOn").and(Sort.by(Sort.Direction.DESC, "id")))));
	}

	@GetMapping("/api/v1/guidance-visits/{id}")
	@Operation(summary = "A guidance visit record with its recommendations' follow-ups")
	VisitResource visit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return new VisitResource(visits.find(id, user), visits.followUps(id, user));
	}

	@GetMapping("/api/v1/cultivation-pool")
	@Operation(summary = "The cultivation pool of the caller's district (every district's for the municipal bureau)")
	PageResource<PoolEntryView> pool(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		String query = q == null ? "" : q.strip();
		if (query.length() > 100) {
			throw new cn.tsbase.shared.InvalidRequestException("guidance.pool.query.tooLong");
		}
		return PageResource.of(pool.list(user, query, Paging.of(page, size, null, java.util.Set.of(),
				Sort.by("unitName").and(Sort.by("id")))));
	}
}
