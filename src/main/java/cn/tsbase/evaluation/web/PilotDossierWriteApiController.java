package cn.tsbase.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import cn.tsbase.evaluation.internal.PilotDossierApplication;
import cn.tsbase.evaluation.internal.PilotDossierScoring;
import cn.tsbase.evaluation.internal.PilotDossierView;
import cn.tsbase.evaluation.internal.PilotDossiers;
import cn.tsbase.evaluation.internal.PilotLetterView;
import cn.tsbase.evaluation.internal.PilotLetters;
import cn.tsbase.evaluation.internal.PilotScores;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.RichText;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The pilot dossier's writing steps as JSON, the same guarded steps as the pages: the district writes its work plan
 * (rich text, sanitised) and submits the dossier; the municipal bureau scores a submitted dossier per criterion, reads
 * the year's ranking and issues the recommendation letter (推荐函) for the chosen districts. Each step on a dossier
 * carries its version (409 when stale or in the wrong state); the answer is the dossier or letter as it now stands.
 * Files (work plan document, institutional results, attachments) are uploaded through the pages.
 */
@RestController
@RequestMapping("/api/v1/pilot-dossiers")
@Tag(name = "evaluation")
class PilotDossierWriteApiController {

	private final PilotDossiers dossiers;
	private final PilotDossierApplication application;
	private final PilotDossierScoring scoring;
	private final PilotLetters letters;

	PilotDossierWriteApiController(PilotDossiers dossiers, PilotDossierApplication application,
			PilotDossierScoring scoring, PilotLetters letters) {
		this.dossiers = dossiers;
		this.application = application;
		this.scoring = scoring;
		this.letters = letters;
	}

	record WorkPlanRequest(@Size(max = 10000) String workPlan, @NotNull Long version) {
	}

	record VersionRequest(@NotNull Long version) {
	}

	record ScoreRequest(@NotNull Map<String, PilotScores.Entry> scores, @NotNull Long version) {
	}

	record LetterRequest(@NotNull Integer year, @NotBlank @Size(max = 50) String documentNumber,
			@NotNull LocalDate issuedOn, @NotEmpty List<Long> dossierIds) {
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
}
