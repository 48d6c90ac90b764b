package cn.tsbase.guidance.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.guidance.internal.AssessmentScoring;
import cn.tsbase.guidance.internal.AssessmentView;
import cn.tsbase.guidance.internal.QuestionnaireView;
import cn.tsbase.guidance.internal.Questionnaires;
import cn.tsbase.guidance.internal.SelfAssessments;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ApiValidationProblems;

/**
 * Taking and sharing self-assessments as JSON, the same steps and checks as the pages: the unit answers every
 * question of the questionnaire in use (400 with the unanswered positions; 409 when another version went in use),
 * shares its result with its district or withdraws it (stale version: 409); the district adds the unit of a shared
 * result to its cultivation pool. A body that fails validation is 400 with each field's problem in the caller's
 * language.
 */
@RestController
@Tag(name = "self-assessments")
class SelfAssessmentWriteApiController {

	private final SelfAssessments assessments;
	private final Questionnaires questionnaires;
	private final MessageSource messages;

	SelfAssessmentWriteApiController(SelfAssessments assessments, Questionnaires questionnaires,
			MessageSource messages) {
		this.assessments = assessments;
		this.questionnaires = questionnaires;
		this.messages = messages;
	}

	/** The answers: question id → the id of the chosen option. */
	record AnswersRequest(@NotNull Long questionnaireId, @NotNull Map<Long, Long> answers) {
	}

	record VersionRequest(@NotNull Long version) {
	}

	record PoolRequest(@NotBlank @Size(max = 1000) String reason) {
	}

	record Pooled(long entryId) {
	}

	@Operation(summary = "The unit answers the questionnaire in use: its result of this year (replacing an earlier "
			+ "one of the year) with the readiness profile; every question must be answered (400)")
	@PostMapping("/api/v1/self-assessments")
	ResponseEntity<AssessmentView> submit(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody AnswersRequest request) {
		QuestionnaireView current = questionnaires.current();
		if (current.id() == request.questionnaireId()) {
			List<Integer> missing = AssessmentScoring.unanswered(current, request.answers());
			if (!missing.isEmpty()) {
				throw new InvalidRequestException("guidance.assessment.unanswered",
						AssessmentScoring.positions(missing));
			}
		}
		long id = assessments.submit(request.questionnaireId(), request.answers(), user);
		return ResponseEntity.created(URI.create("/api/v1/self-assessments/" + id)).body(assessments.find(id, user));
	}

	@Operation(summary = "The unit shares its result with its district (stale version: 409)")
	@PostMapping("/api/v1/self-assessments/{id}/share")
	AssessmentView share(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody VersionRequest request) {
		assessments.share(id, request.version(), user);
		return assessments.find(id, user);
	}

	@Operation(summary = "The unit withdraws the sharing; the district reads it no more (stale version: 409)")
	@PostMapping("/api/v1/self-assessments/{id}/unshare")
	AssessmentView unshare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody VersionRequest request) {
		assessments.unshare(id, request.version(), user);
		return assessments.find(id, user);
	}

	@Operation(summary = "The district adds the unit of a result shared with it to its cultivation pool (not shared: "
			+ "404; already in the pool: 409)")
	@PostMapping("/api/v1/self-assessments/{id}/pool")
	ResponseEntity<Pooled> addToPool(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody PoolRequest request) {
		long entryId = assessments.addToPool(id, request.reason(), user);
		return ResponseEntity.created(URI.create("/api/v1/cultivation-pool/" + entryId)).body(new Pooled(entryId));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception, Locale locale) {
		return ResponseEntity.badRequest()
			.body(ApiValidationProblems.of(exception.getBindingResult(), messages, locale));
	}
}
