package cn.tsbase.evaluation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.evaluation.internal.PilotCases;
import cn.tsbase.evaluation.internal.PilotDossierApplication;
import cn.tsbase.evaluation.internal.PilotDossierCases;
import cn.tsbase.evaluation.internal.PilotDossierScoring;
import cn.tsbase.evaluation.internal.PilotDossierView;
import cn.tsbase.evaluation.internal.PilotDossiers;
import cn.tsbase.evaluation.internal.PilotLetterView;
import cn.tsbase.evaluation.internal.PilotLetters;
import cn.tsbase.evaluation.internal.PilotScores;
import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.RichText;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ApiValidationProblems;

/**
 * The pilot dossier's writing steps as JSON, the same use cases, scope, checks and audit as the pages: the municipal
 * bureau builds a district's draft dossier from a year's published results and writes its reason; the district writes
 * its work plan (rich text, sanitised) and application statement, chooses its typical cases and submits the dossier;
 * the bureau scores a submitted dossier per criterion, reads the year's ranking and issues the recommendation letter
 * (推荐函) for the chosen districts. Each step on a dossier carries its version (409 when stale or in the wrong state);
 * a dossier outside the caller's district is 404; a refused body, or a value a rule refuses (an unknown district, a
 * case not among the district's), is 400 with each field's problem in the caller's language; the answer is the dossier or letter as it now stands. Files (work plan document, institutional results,
 * attachments) are uploaded through the pages.
 */
@RestController
@RequestMapping("/api/v1/pilot-dossiers")
@Tag(name = "evaluation")
class PilotDossierWriteApiController {

	private final PilotDossiers dossiers;
	private final PilotDossierApplication application;
	private final PilotDossierScoring scoring;
	private final PilotLetters letters;
	private final PilotDossierCases cases;
	private final MessageSource messages;

	PilotDossierWriteApiController(PilotDossiers dossiers, PilotDossierApplication application,
			PilotDossierScoring scoring, PilotLetters letters, PilotDossierCases cases, MessageSource messages) {
		this.dossiers = dossiers;
		this.application = application;
		this.scoring = scoring;
		this.letters = letters;
		this.cases = cases;
		this.messages = messages;
	}

	/** A district's dossier of a year whose evaluation results are published. */
	record NewDossierRequest(@NotBlank @Size(max = 12) String district, @NotNull @Min(2000) @Max(2100) Integer year) {
	}

	/** The bureau's reason or the district's statement, with the version read. */
	record TextRequest(@NotBlank @Size(max = 4000) String text, @NotNull(message = "{api.version.required}") Long version) {
	}

	/** The typical cases chosen from the library (all of them: an empty list clears the choice). */
	record CasesRequest(@NotNull @Size(max = PilotCases.MAX) List<Long> caseIds,
			@NotNull(message = "{api.version.required}") Long version) {
	}

	record WorkPlanRequest(@Size(max = 10000) String workPlan, @NotNull(message = "{api.version.required}") Long version) {
	}

	record VersionRequest(@NotNull(message = "{api.version.required}") Long version) {
	}

	record ScoreRequest(@NotNull Map<String, PilotScores.Entry> scores,
			@NotNull(message = "{api.version.required}") Long version) {
	}

	record LetterRequest(@NotNull Integer year, @NotBlank @Size(max = 50) String documentNumber,
			@NotNull LocalDate issuedOn, @NotEmpty List<Long> dossierIds) {
	}

	@Operation(summary = "The municipal bureau builds the district's draft dossier from the year's published results "
			+ "and its figures; 201 with the dossier, 400 (field district) for an unknown district, 409 when the "
			+ "year's results are not published or the district has a dossier of the year (also when two requests "
			+ "create it at once)")
	@PostMapping
	ResponseEntity<PilotDossierView> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewDossierRequest request) {
		long id = dossiers.build(request.district().strip(), request.year(), user);
		return ResponseEntity.created(URI.create("/api/v1/pilot-dossiers/" + id)).body(dossiers.find(id, user));
	}

	@Operation(summary = "The municipal bureau writes its reason for recommending the district (text); 409 once "
			+ "recommended or when the version is stale")
	@PostMapping("/{id}/reason")
	PilotDossierView writeReason(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody TextRequest request) {
		dossiers.writeReason(id, request.version(), request.text().strip(), user);
		return dossiers.find(id, user);
	}

	@Operation(summary = "The district writes its application statement (text); 409 once submitted or when the "
			+ "version is stale; 404 outside the district")
	@PostMapping("/{id}/statement")
	PilotDossierView writeStatement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody TextRequest request) {
		dossiers.writeStatement(id, request.version(), request.text().strip(), user);
		return dossiers.find(id, user);
	}

	@Operation(summary = "The district chooses its typical cases among those published in its district in the "
			+ "dossier's year or the year before (all of them; an empty list clears); 400 (field caseIds) for another "
			+ "case, 409 once submitted or when the version is stale")
	@PostMapping("/{id}/cases")
	PilotDossierView chooseCases(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CasesRequest request) {
		cases.choose(id, request.version(), request.caseIds(), user);
		return dossiers.find(id, user);
	}

	@Operation(summary = "The district writes its work plan (工作方案) as rich text, sanitised like the page; blank "
			+ "clears it (409 once submitted or when the version is stale; 404 outside the district)")
	@PostMapping("/{id}/work-plan")
	PilotDossierView writeWorkPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody WorkPlanRequest request) {
		application.writeWorkPlan(id, request.version(), RichText.sanitize(request.workPlan()), user);
		return dossiers.find(id, user);
	}

	@Operation(summary = "The district submits its dossier to the municipal bureau (409 without a work plan, when "
			+ "not a draft, or when the version is stale)")
	@PostMapping("/{id}/submit")
	PilotDossierView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody VersionRequest request) {
		dossiers.submit(id, request.version(), user);
		return dossiers.find(id, user);
	}

	@Operation(summary = "The municipal bureau scores a submitted dossier: per criterion code (P1–P5) a score within "
			+ "its points in steps of 0.5 and an optional comment (400 when one is missing or out of range; 409 when "
			+ "not submitted)")
	@PostMapping("/{id}/scores")
	PilotDossierView score(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ScoreRequest request) {
		scoring.score(id, request.version(), new LinkedHashMap<>(request.scores()), user);
		return dossiers.find(id, user);
	}

	@Operation(summary = "The municipal bureau recommends one district on its own, its figures counted again and "
			+ "frozen with the reason and statement (409 unless submitted, with a reason and scores, or when the "
			+ "version is stale); the year's letter recommends the chosen districts at once")
	@PostMapping("/{id}/recommend")
	PilotDossierView recommend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody VersionRequest request) {
		dossiers.recommend(id, request.version(), user);
		return dossiers.find(id, user);
	}

	@Operation(summary = "The year's submitted and recommended dossiers ranked by the bureau's total (ties by the "
			+ "earlier criterion's score, then district code; unscored last); municipal bureau only")
	@GetMapping("/ranking")
	List<PilotDossierView> ranking(@RequestParam int year) {
		return scoring.ranking(year);
	}

	@Operation(summary = "The municipal bureau issues the year's recommendation letter for the chosen dossiers, which "
			+ "are recommended (each needs a reason and scores); 409 when the year's letter exists")
	@PostMapping("/letters")
	@ResponseStatus(HttpStatus.CREATED)
	PilotLetterView issue(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody LetterRequest request) {
		letters.issue(request.year(), request.documentNumber().strip(), request.issuedOn(), request.dossierIds(),
				user);
		return letters.ofYear(request.year()).orElseThrow();
	}

	@Operation(summary = "The year's recommendation letter with its districts, document number and date (404 when none)")
	@GetMapping("/letters/{year}")
	PilotLetterView letter(@PathVariable int year) {
		return letters.ofYear(year).orElseThrow(() -> new NotFoundException("Pilot letter " + year));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception, Locale locale) {
		return ResponseEntity.badRequest()
			.body(ApiValidationProblems.of(exception.getBindingResult(), messages, locale));
	}

	@ExceptionHandler(InvalidFieldException.class)
	ResponseEntity<ProblemDetail> refused(InvalidFieldException refused, Locale locale) {
		return ResponseEntity.badRequest().body(ApiValidationProblems.of(refused, messages, locale));
	}
}
