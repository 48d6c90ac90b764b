package cn.tsbase.evaluation.web;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.evaluation.internal.EvaluationRounds;
import cn.tsbase.evaluation.internal.EvaluationStatus;
import cn.tsbase.evaluation.internal.EvaluationView;
import cn.tsbase.evaluation.internal.Evaluations;
import cn.tsbase.evaluation.internal.IndicatorSystems;
import cn.tsbase.evaluation.internal.RoundView;
import cn.tsbase.evaluation.internal.SystemView;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.Paging;

/** Indicator systems, evaluation rounds and evaluations as JSON, scoped like the pages (read only). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "evaluation")
class EvaluationApiController {

	private final IndicatorSystems systems;
	private final EvaluationRounds rounds;
	private final Evaluations evaluations;

	EvaluationApiController(IndicatorSystems systems, EvaluationRounds rounds, Evaluations evaluations) {
		this.systems = systems;
		this.rounds = rounds;
		this.evaluations = evaluations;
	}

	record PageResource<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageResource<T> of(Page<T> page) {
			return new PageResource<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}
	}

	@Operation(summary = "Indicator system versions, newest year first; filter year; paged")
	@GetMapping("/indicator-systems")
	PageResource<SystemView> systems(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResource.of(systems.list(year, Paging.of(page, size, null, Set.of(),
				Sort.by(Sort.Direction.DESC, "year").and(Sort.by("baseType")).and(Sort.by("id")))));
	}

	@Operation(summary = "One indicator system version with its dimensions, indicators, thresholds and cap")
	@GetMapping("/indicator-systems/{id}")
	SystemView system(@PathVariable long id) {
		return systems.find(id);
	}

	@Operation(summary = "Evaluation rounds, newest first, with counts per status in the caller's scope; paged")
	@GetMapping("/evaluation-rounds")
	PageResource<RoundView> rounds(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResource.of(rounds.list(user,
				Paging.of(page, size, null, Set.of(), Sort.by(Sort.Direction.DESC, "year"))));
	}

	@Operation(summary = "One evaluation round")
	@GetMapping("/evaluation-rounds/{id}")
	RoundView round(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return rounds.find(id, user);
	}

	@Operation(summary = "Evaluations in the caller's scope (a unit its own, a district its district's); filters "
			+ "round, district, status, grade; paged. A unit sees the review only after publication.")
	@GetMapping("/evaluations")
	PageResource<EvaluationView> evaluations(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long round, @RequestParam(required = false) String district,
			@RequestParam(required = false) EvaluationStatus status, @RequestParam(required = false) Grade grade,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Page<EvaluationView> found = evaluations.list(new Evaluations.Filter(round, district, status, grade), user,
				Paging.of(page, size, null, Set.of(), Sort.by("districtCode").and(Sort.by("unitName")).and(Sort.by("id"))));
		return PageResource.of(found.map(e -> forCaller(e, user)));
	}

	@Operation(summary = "One evaluation with every indicator's answers and scores (404 outside the caller's scope)")
	@GetMapping("/evaluations/{id}")
	EvaluationView evaluation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return forCaller(evaluations.find(id, user), user);
	}

	private static EvaluationView forCaller(EvaluationView evaluation, CurrentUser user) {
		boolean unit = user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON);
		return unit && !evaluation.isPublished() ? evaluation.withoutReview() : evaluation;
	}
}
