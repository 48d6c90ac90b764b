package cn.tsbase.districtreview.web;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.districtreview.ReviewDecision;
import cn.tsbase.districtreview.internal.DistrictReviewService;
import cn.tsbase.districtreview.internal.DistrictScoring;
import cn.tsbase.shared.security.CurrentUser;

/** The district's review of a declaration, and its decision, as JSON. */
@RestController
@RequestMapping("/api/v1/declarations/{id}")
@Tag(name = "district review")
class ReviewApiController {

	private final DistrictReviewService reviews;
	private final DistrictScoring scoring;

	ReviewApiController(DistrictReviewService reviews, DistrictScoring scoring) {
		this.reviews = reviews;
		this.scoring = scoring;
	}

	record ReviewResource(long declarationId, Map<Integer, BigDecimal> scores, BigDecimal totalScore, String opinion,
			ReviewDecision decision, String reason, String reviewer, Long version) {
	}

	record DecisionRequest(@NotNull Long declarationVersion, Long reviewVersion,
			@NotNull ReviewDecision decision, @NotBlank @Size(max = 2000) String reason) {
	}

	@Operation(summary = "The district review of a declaration: scores, opinion, decision (404 outside the district)")
	@GetMapping("/review")
	ReviewResource review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		reviews.declaration(id, user.scope());
		return reviews.review(id)
			.map(r -> new ReviewResource(id, r.scores(), r.totalScore(), r.opinion(), r.decision(), r.reason(),
					r.reviewer(), r.version()))
			.orElse(new ReviewResource(id, Map.of(), null, null, null, null, null, null));
	}

	@Operation(summary = "Record the district's decision (recommend or not, with the reason); 409 from the wrong state "
			+ "or after a concurrent change")
	@PostMapping("/decision")
	ResponseEntity<ReviewResource> decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody DecisionRequest request) {
		scoring.decide(id, request.declarationVersion(), request.reviewVersion(), request.decision(),
				request.reason().strip(), user);
		return ResponseEntity.ok(review(user, id));
	}
}
