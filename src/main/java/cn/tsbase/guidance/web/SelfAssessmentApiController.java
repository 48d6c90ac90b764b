package cn.tsbase.guidance.web;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.guidance.internal.AssessmentView;
import cn.tsbase.guidance.internal.QuestionnaireView;
import cn.tsbase.guidance.internal.Questionnaires;
import cn.tsbase.guidance.internal.SelfAssessments;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.Paging;

/** Self-assessments as JSON, with the same authorization and scoping as the pages. */
@RestController
@Tag(name = "self-assessments")
class SelfAssessmentApiController {

	private final SelfAssessments assessments;
	private final Questionnaires questionnaires;

	SelfAssessmentApiController(SelfAssessments assessments, Questionnaires questionnaires) {
		this.assessments = assessments;
		this.questionnaires = questionnaires;
	}

	@GetMapping("/api/v1/self-assessments")
	@Operation(summary = "The unit's own self-assessment results with their profiles, newest year first; for a "
			+ "district officer, the results units of the district share with it (without profiles; read audited)")
	GuidanceApiController.PageResource<AssessmentView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		if (user.hasRole(Role.DISTRICT_OFFICER)) {
			return GuidanceApiController.PageResource.of(assessments.shared(user, Paging.of(page, size, null,
					Set.of(), Sort.by(Sort.Direction.DESC, "sharedAt").and(Sort.by(Sort.Direction.DESC, "id")))));
		}
		List<AssessmentView> mine = assessments.mine(user);
		return new GuidanceApiController.PageResource<>(mine, 0, mine.size(), mine.size(), 1);
	}

	@GetMapping("/api/v1/self-assessments/{id}")
	@Operation(summary = "A self-assessment result with its readiness profile per management element, the gaps and "
			+ "suggestions: the unit's own, or one shared with the district officer's district (read audited)")
	AssessmentView result(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return assessments.find(id, user);
	}

	@GetMapping("/api/v1/self-assessments/questionnaire")
	@Operation(summary = "The self-assessment questionnaire in use: questions per management element, options, points")
	QuestionnaireView questionnaire() {
		return questionnaires.current();
	}
}
