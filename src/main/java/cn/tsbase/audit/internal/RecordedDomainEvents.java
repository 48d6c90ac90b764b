package cn.tsbase.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tsbase.casework.LeakIncidentClosed;
import cn.tsbase.casework.LeakIncidentReported;
import cn.tsbase.casework.TypicalCaseApprovedByDistrict;
import cn.tsbase.casework.TypicalCasePublished;
import cn.tsbase.casework.TypicalCaseRejected;
import cn.tsbase.casework.TypicalCaseSubmitted;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationReturned;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.declaration.DeclarationWithdrawn;
import cn.tsbase.evaluation.PilotProgressReportDecided;
import cn.tsbase.evaluation.RectificationDecided;
import cn.tsbase.evaluation.RectificationIssued;
import cn.tsbase.evaluation.RectificationSubmitted;
import cn.tsbase.evaluation.RevocationDecided;
import cn.tsbase.evaluation.RevocationProposed;
import cn.tsbase.evaluation.RevocationResponded;
import cn.tsbase.guidance.CultivationEntryChanged;
import cn.tsbase.guidance.CultivationUnitAdded;
import cn.tsbase.guidance.CultivationUnitRemoved;
import cn.tsbase.guidance.FollowUpReopened;
import cn.tsbase.guidance.FollowUpReported;
import cn.tsbase.guidance.GuidanceRequestAssigned;
import cn.tsbase.guidance.GuidanceRequested;
import cn.tsbase.guidance.GuidanceVisitAnswered;
import cn.tsbase.guidance.GuidanceVisitRecorded;
import cn.tsbase.operation.AnnualPlanAccepted;
import cn.tsbase.operation.AnnualPlanReturned;
import cn.tsbase.operation.AnnualPlanSubmitted;
import cn.tsbase.operation.LiaisonProblemForwarded;
import cn.tsbase.operation.LiaisonReportAccepted;
import cn.tsbase.operation.LiaisonReportReturned;
import cn.tsbase.organization.UnitProfileChanged;
import cn.tsbase.publicnotice.NoticeOpened;
import cn.tsbase.publicnotice.NoticeTextCorrected;
import cn.tsbase.publicnotice.ObjectionDecided;
import cn.tsbase.publicnotice.ObjectionDecision;
import cn.tsbase.publicnotice.ObjectionFindingsRecorded;
import cn.tsbase.publicnotice.ObjectionInvestigated;
import cn.tsbase.publicnotice.ObjectionVerificationRequested;
import cn.tsbase.selection.NoConflictDeclared;
import cn.tsbase.selection.PreReviewFailed;
import cn.tsbase.selection.PreReviewPassed;
import cn.tsbase.selection.ReviewRoundChanged;
import cn.tsbase.selection.ReviewRoundExpertsInvited;
import cn.tsbase.selection.SiteVisitRecorded;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * Audit records of what a module's event already says happened: the module publishes its event and the trail
 * records it, instead of the module calling the audit log as well. The listeners run synchronously in the
 * publisher's thread and transaction, so the entry carries the acting user and is committed with the change (or not
 * at all). Reads and refusals, which have no event, are still recorded by a direct call.
 */
@Component
class RecordedDomainEvents {

	private final AuditLog audit;

	RecordedDomainEvents(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(DeclarationWithdrawn withdrawn) {
		audit.record("DECLARATION_WITHDRAWN", "Declaration", withdrawn.declarationId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(DeclarationSubmitted submitted) {
		audit.record(submitted.resubmission() ? "DECLARATION_RESUBMITTED" : "DECLARATION_SUBMITTED", "Declaration",
				submitted.declarationId(), AuditOutcome.SUCCESS, "version " + submitted.submittedVersion());
	}

	@EventListener
	void on(DeclarationReturned returned) {
		audit.record("DECLARATION_RETURNED", "Declaration", returned.declarationId(), AuditOutcome.SUCCESS,
				returned.reasons().keySet().toString());
	}

	@EventListener
	void on(DeclarationDecided decided) {
		audit.record(decided.recommended() ? "DECLARATION_RECOMMENDED" : "DECLARATION_NOT_RECOMMENDED", "Declaration",
				decided.declarationId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(GuidanceRequested requested) {
		audit.record("GUIDANCE_REQUESTED", "GuidanceRequest", requested.requestId(), AuditOutcome.SUCCESS,
				String.join(",", requested.topics()));
	}

	@EventListener
	void on(GuidanceRequestAssigned assigned) {
		audit.record("GUIDANCE_REQUEST_ASSIGNED", "GuidanceRequest", assigned.requestId(), AuditOutcome.SUCCESS,
				"officer " + assigned.officerId() + " on " + assigned.plannedOn());
	}

	@EventListener
	void on(FollowUpReported reported) {
		audit.record("FOLLOW_UP_REPORTED", "GuidanceFollowUp", reported.followUpId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(FollowUpReopened reopened) {
		audit.record("FOLLOW_UP_REOPENED", "GuidanceFollowUp", reopened.followUpId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(GuidanceVisitRecorded recorded) {
		audit.record("GUIDANCE_VISIT_RECORDED", "GuidanceVisit", recorded.visitId(), AuditOutcome.SUCCESS,
				"unit " + recorded.unitId() + " on " + recorded.visitedOn());
	}

	@EventListener
	void on(GuidanceVisitAnswered answered) {
		audit.record(answered.confirmed() ? "GUIDANCE_VISIT_CONFIRMED" : "GUIDANCE_VISIT_COMMENTED", "GuidanceVisit",
				answered.visitId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(CultivationUnitAdded added) {
		audit.record("CULTIVATION_UNIT_ADDED", "CultivationEntry", added.entryId(), AuditOutcome.SUCCESS,
				added.uscc());
	}

	@EventListener
	void on(CultivationEntryChanged changed) {
		audit.record("CULTIVATION_ENTRY_UPDATED", "CultivationEntry", changed.entryId(), AuditOutcome.SUCCESS,
				changed.officerId() == null ? "no officer" : "officer " + changed.officerId());
	}

	@EventListener
	void on(CultivationUnitRemoved removed) {
		audit.record("CULTIVATION_UNIT_REMOVED", "CultivationEntry", removed.entryId(), AuditOutcome.SUCCESS,
				removed.uscc());
	}

	@EventListener
	void on(LeakIncidentReported reported) {
		audit.record("INCIDENT_REPORTED", "LeakIncident", reported.incidentId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(LeakIncidentClosed closed) {
		audit.record("INCIDENT_CLOSED", "LeakIncident", closed.incidentId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(TypicalCaseSubmitted submitted) {
		audit.record("CASE_SUBMITTED", "TypicalCase", submitted.caseId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(TypicalCaseApprovedByDistrict approved) {
		audit.record("CASE_APPROVED_BY_DISTRICT", "TypicalCase", approved.caseId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(TypicalCasePublished published) {
		audit.record("CASE_PUBLISHED", "TypicalCase", published.caseId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(TypicalCaseRejected rejected) {
		audit.record("CASE_REJECTED", "TypicalCase", rejected.caseId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(UnitProfileChanged changed) {
		audit.record("UNIT_PROFILE_CHANGED", "Unit", changed.unitId(), AuditOutcome.SUCCESS,
				"revision " + changed.revision() + ": " + changed.fields());
	}

	@EventListener
	void on(LiaisonProblemForwarded forwarded) {
		audit.record("LIAISON_PROBLEM_FORWARDED", "LiaisonProblem", forwarded.problemId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(ObjectionVerificationRequested requested) {
		audit.record("OBJECTION_VERIFICATION_REQUESTED", "Objection", requested.objectionId(), AuditOutcome.SUCCESS,
				requested.districtCode());
	}

	@EventListener
	void on(ObjectionFindingsRecorded recorded) {
		audit.record("OBJECTION_DISTRICT_FINDINGS", "Objection", recorded.objectionId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(ObjectionInvestigated investigated) {
		audit.record("OBJECTION_INVESTIGATED", "Objection", investigated.objectionId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(ObjectionDecided decided) {
		audit.record(decided.decision() == ObjectionDecision.UPHELD ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED",
				"Objection", decided.objectionId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(NoticeOpened opened) {
		audit.record("NOTICE_PUBLISHED", "Notice", opened.noticeId(), AuditOutcome.SUCCESS,
				opened.firstDay() + " .. " + opened.lastDay() + ", " + opened.entries().size() + " units");
	}

	@EventListener
	void on(NoticeTextCorrected corrected) {
		audit.record("NOTICE_TEXT_CORRECTED", "Notice", corrected.noticeId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(PreReviewPassed passed) {
		audit.record("PRE_REVIEW_PASSED", "Declaration", passed.declarationId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(PreReviewFailed failed) {
		audit.record("PRE_REVIEW_FAILED", "Declaration", failed.declarationId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(ReviewRoundChanged changed) {
		audit.record("REVIEW_ROUND_CHANGED", "ReviewRound", changed.roundId(), AuditOutcome.SUCCESS,
				"k=" + changed.expertsPerDeclaration() + ", L=" + changed.maximumLoad() + ", deadline "
						+ changed.deadline() + ", threshold " + changed.divergenceThreshold());
	}

	@EventListener
	void on(ReviewRoundExpertsInvited invited) {
		audit.record("REVIEW_ROUND_EXPERTS_INVITED", "ReviewRound", invited.roundId(), AuditOutcome.SUCCESS,
				"experts " + invited.expertIds());
	}

	@EventListener
	void on(SiteVisitRecorded recorded) {
		audit.record("SITE_VISIT_RECORDED", "Declaration", recorded.declarationId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(NoConflictDeclared declared) {
		audit.record("CONFLICT_DECLARED_NONE", "Assignment", declared.assignmentId(), AuditOutcome.SUCCESS,
				"declaration " + declared.declarationId());
	}

	@EventListener
	void on(RectificationIssued issued) {
		audit.record("RECTIFICATION_ISSUED", "Rectification", issued.rectificationId(), AuditOutcome.SUCCESS,
				"until " + issued.deadline());
	}

	@EventListener
	void on(RectificationSubmitted submitted) {
		audit.record("RECTIFICATION_SUBMITTED", "Rectification", submitted.rectificationId(), AuditOutcome.SUCCESS,
				null);
	}

	@EventListener
	void on(RectificationDecided decided) {
		switch (decided.outcome()) {
			case ACCEPTED -> audit.record("RECTIFICATION_ACCEPTED", "Rectification", decided.rectificationId(),
					AuditOutcome.SUCCESS, null);
			case RETURNED -> audit.record("RECTIFICATION_RETURNED", "Rectification", decided.rectificationId(),
					AuditOutcome.SUCCESS, decided.reason());
			case FAILED -> audit.record("RECTIFICATION_FAILED", "Rectification", decided.rectificationId(),
					AuditOutcome.SUCCESS, decided.reason());
		}
	}

	@EventListener
	void on(AnnualPlanSubmitted submitted) {
		audit.record("ANNUAL_PLAN_SUBMITTED", "AnnualPlan", submitted.planId(), AuditOutcome.SUCCESS,
				"version " + submitted.submittedVersion());
	}

	@EventListener
	void on(AnnualPlanReturned returned) {
		audit.record("ANNUAL_PLAN_RETURNED", "AnnualPlan", returned.planId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(AnnualPlanAccepted accepted) {
		audit.record("ANNUAL_PLAN_ACCEPTED", "AnnualPlan", accepted.planId(), AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(LiaisonReportAccepted accepted) {
		audit.record("LIAISON_REPORT_ACCEPTED", "LiaisonReport", accepted.baseId() + "/" + accepted.periodStart(),
				AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(LiaisonReportReturned returned) {
		audit.record("LIAISON_REPORT_RETURNED", "LiaisonReport", returned.baseId() + "/" + returned.periodStart(),
				AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(RevocationProposed proposed) {
		audit.record("REVOCATION_PROPOSED", "Revocation", proposed.revocationId(), AuditOutcome.SUCCESS,
				"base " + proposed.baseId() + ", respond until " + proposed.responseDeadline());
	}

	@EventListener
	void on(RevocationResponded responded) {
		audit.record("REVOCATION_RESPONDED", "Revocation", responded.revocationId(), AuditOutcome.SUCCESS, null);
	}

	/** A revocation decided (撤销); a dropped one is recorded by the use case with its reason, which the event lacks. */
	@EventListener
	void on(RevocationDecided decided) {
		if (decided.revoked()) {
			audit.record("REVOCATION_DECIDED", "Revocation", decided.revocationId(), AuditOutcome.SUCCESS,
					decided.documentNumber());
		}
	}

	@EventListener
	void on(PilotProgressReportDecided decided) {
		if (decided.accepted()) {
			audit.record("PILOT_PROGRESS_ACCEPTED", "PilotProgressReport", decided.reportId(), AuditOutcome.SUCCESS,
					null);
		}
		else {
			audit.record("PILOT_PROGRESS_RETURNED", "PilotProgressReport", decided.reportId(), AuditOutcome.SUCCESS,
					decided.reason());
		}
	}
}
