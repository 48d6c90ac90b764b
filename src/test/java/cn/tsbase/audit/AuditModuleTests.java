package cn.tsbase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.UsccFixtures;
import cn.tsbase.audit.internal.AuditTrail;
import cn.tsbase.casework.LeakIncidentClosed;
import cn.tsbase.casework.LeakIncidentReported;
import cn.tsbase.casework.TypicalCaseApprovedByDistrict;
import cn.tsbase.casework.TypicalCasePublished;
import cn.tsbase.casework.TypicalCaseRejected;
import cn.tsbase.casework.TypicalCaseSubmitted;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationReturned;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.declaration.DeclarationWithdrawn;
import cn.tsbase.declaration.Section;
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

/**
 * The audit module's hand-overs, on the module and the modules it depends on (issue 10, point 5): each event of the
 * declaration, organization, guidance, casework, operation, public notice, selection and evaluation modules that the trail records becomes one entry with
 * its action, the entity type and id it is about, and its detail, under the user who acted (the listeners run in the
 * publisher's thread); an event published with nobody signed in is recorded as {@link AuditLog#ANONYMOUS}.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class AuditModuleTests {

	private static final String XICHENG = "110102";
	private static final Duration AT_MOST = Duration.ofSeconds(30);
	private static final AtomicInteger ACTORS = new AtomicInteger();
	private static final String USCC_ADDED = UsccFixtures.random(XICHENG);
	private static final String USCC_REMOVED = UsccFixtures.random(XICHENG);

	@Autowired
	AuditTrail trail;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** Signs a user in whom no other test uses, so that the entries under their name are this test's alone. */
	private static String signedIn() {
		String username = "audit-module-" + System.nanoTime() % 1_000_000_000L + "-" + ACTORS.incrementAndGet();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
		return username;
	}

	/** The actor's newest entries about the object (newest first, so that a busy actor's older entries do not hide it). */
	private List<AuditEntryView> entriesOf(String actor, String objectType, Object objectId) {
		return trail.search(null, null, actor, null, null, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "seq")))
			.stream()
			.filter(entry -> objectType.equals(entry.objectType()) && String.valueOf(objectId).equals(entry.objectId()))
			.toList();
	}

	static Stream<Arguments> recordedEvents() {
		Map<Section, String> reasons = new EnumMap<>(Section.class);
		reasons.put(Section.SECRETS, "密点清单不完整");
		return Stream.of(
				recorded(new DeclarationWithdrawn(966_100_001L, 966_109_001L, XICHENG, "模块审计甲公司"),
						"DECLARATION_WITHDRAWN", "Declaration", 966_100_001L, null),
				recorded(new DeclarationSubmitted(966_100_002L, 966_108_001L, 966_109_001L, XICHENG, "模块审计甲公司",
						BaseType.POINT, false, 1), "DECLARATION_SUBMITTED", "Declaration", 966_100_002L, "version 1"),
				recorded(new DeclarationSubmitted(966_100_003L, 966_108_001L, 966_109_001L, XICHENG, "模块审计甲公司",
						BaseType.POINT, true, 3), "DECLARATION_RESUBMITTED", "Declaration", 966_100_003L, "version 3"),
				recorded(new DeclarationReturned(966_100_004L, 966_109_001L, XICHENG, "模块审计甲公司", reasons),
						"DECLARATION_RETURNED", "Declaration", 966_100_004L, "[SECRETS]"),
				recorded(new DeclarationDecided(966_100_005L, 966_109_001L, XICHENG, "模块审计甲公司", true, null),
						"DECLARATION_RECOMMENDED", "Declaration", 966_100_005L, null),
				recorded(new DeclarationDecided(966_100_006L, 966_109_001L, XICHENG, "模块审计甲公司", false, "制度不全"),
						"DECLARATION_NOT_RECOMMENDED", "Declaration", 966_100_006L, null),
				recorded(new GuidanceRequested(966_100_007L, 966_109_001L, "模块审计甲公司", XICHENG,
						List.of("SYSTEM", "TRAINING")), "GUIDANCE_REQUESTED", "GuidanceRequest", 966_100_007L,
						"SYSTEM,TRAINING"),
				recorded(new GuidanceRequestAssigned(966_100_008L, 966_109_001L, "模块审计甲公司", 41L, 966_107_001L,
						"指导员甲", LocalDate.of(2031, 3, 4)), "GUIDANCE_REQUEST_ASSIGNED", "GuidanceRequest",
						966_100_008L, "officer 41 on 2031-03-04"),
				recorded(new FollowUpReported(966_100_009L, 966_100_011L, 966_109_001L, "模块审计甲公司", 966_107_001L),
						"FOLLOW_UP_REPORTED", "GuidanceFollowUp", 966_100_009L, null),
				recorded(new FollowUpReopened(966_100_010L, 966_100_011L, 966_109_001L, "模块审计甲公司", "仍未落实"),
						"FOLLOW_UP_REOPENED", "GuidanceFollowUp", 966_100_010L, null),
				recorded(new GuidanceVisitRecorded(966_100_011L, 966_109_001L, "模块审计甲公司", "指导员甲",
						LocalDate.of(2031, 3, 5), 2), "GUIDANCE_VISIT_RECORDED", "GuidanceVisit", 966_100_011L,
						"unit 966109001 on 2031-03-05"),
				recorded(new GuidanceVisitAnswered(966_100_012L, 966_109_001L, true), "GUIDANCE_VISIT_CONFIRMED",
						"GuidanceVisit", 966_100_012L, null),
				recorded(new GuidanceVisitAnswered(966_100_013L, 966_109_001L, false), "GUIDANCE_VISIT_COMMENTED",
						"GuidanceVisit", 966_100_013L, null),
				recorded(new CultivationUnitAdded(966_100_014L, XICHENG, USCC_ADDED, null), "CULTIVATION_UNIT_ADDED",
						"CultivationEntry", 966_100_014L, USCC_ADDED),
				recorded(new CultivationEntryChanged(966_100_015L, XICHENG, 42L), "CULTIVATION_ENTRY_UPDATED",
						"CultivationEntry", 966_100_015L, "officer 42"),
				recorded(new CultivationEntryChanged(966_100_016L, XICHENG, null), "CULTIVATION_ENTRY_UPDATED",
						"CultivationEntry", 966_100_016L, "no officer"),
				recorded(new CultivationUnitRemoved(966_100_017L, XICHENG, USCC_REMOVED), "CULTIVATION_UNIT_REMOVED",
						"CultivationEntry", 966_100_017L, USCC_REMOVED),
				recorded(new LeakIncidentReported(966_100_018L, 966_109_001L, XICHENG, true), "INCIDENT_REPORTED",
						"LeakIncident", 966_100_018L, null),
				recorded(new LeakIncidentClosed(966_100_019L, 966_109_001L, XICHENG), "INCIDENT_CLOSED",
						"LeakIncident", 966_100_019L, null),
				recorded(new TypicalCaseSubmitted(966_100_020L, XICHENG, "模块审计案例"), "CASE_SUBMITTED",
						"TypicalCase", 966_100_020L, null),
				recorded(new TypicalCaseApprovedByDistrict(966_100_021L, XICHENG, "模块审计案例", null),
						"CASE_APPROVED_BY_DISTRICT", "TypicalCase", 966_100_021L, null),
				recorded(new TypicalCasePublished(966_100_022L, 966_109_001L, XICHENG, "模块审计案例", null),
						"CASE_PUBLISHED", "TypicalCase", 966_100_022L, null),
				recorded(new TypicalCaseRejected(966_100_023L, 966_109_001L, XICHENG, "模块审计案例", "含有密点", null),
						"CASE_REJECTED", "TypicalCase", 966_100_023L, null),
				recorded(new UnitProfileChanged(966_100_024L, 3, "模块审计用户", List.of("address", "contactPhone")),
						"UNIT_PROFILE_CHANGED", "Unit", 966_100_024L, "revision 3: [address, contactPhone]"),
				recorded(new LiaisonProblemForwarded(966_100_025L, 966_106_001L, "模块审计甲公司", XICHENG),
						"LIAISON_PROBLEM_FORWARDED", "LiaisonProblem", 966_100_025L, null),
				recorded(new ObjectionVerificationRequested(966_100_026L, 966_105_001L, "YY-2031-0026", XICHENG,
						"模块审计甲公司"), "OBJECTION_VERIFICATION_REQUESTED", "Objection", 966_100_026L, XICHENG),
				recorded(new ObjectionFindingsRecorded(966_100_027L, 966_105_001L, "YY-2031-0027", XICHENG,
						"模块审计甲公司"), "OBJECTION_DISTRICT_FINDINGS", "Objection", 966_100_027L, null),
				recorded(new ObjectionInvestigated(966_100_028L, 966_105_001L), "OBJECTION_INVESTIGATED", "Objection",
						966_100_028L, null),
				recorded(new ObjectionDecided(966_100_029L, 966_105_001L, ObjectionDecision.UPHELD),
						"OBJECTION_UPHELD", "Objection", 966_100_029L, null),
				recorded(new ObjectionDecided(966_100_030L, 966_105_001L, ObjectionDecision.DISMISSED),
						"OBJECTION_DISMISSED", "Objection", 966_100_030L, null),
				recorded(new NoticeOpened(966_100_031L, 2031, LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 11),
						List.of(new NoticeOpened.Entry(966_100_001L, 966_109_001L, "模块审计甲公司"),
								new NoticeOpened.Entry(966_100_002L, 966_109_002L, "模块审计乙公司"))),
						"NOTICE_PUBLISHED", "Notice", 966_100_031L, "2031-03-03 .. 2031-03-11, 2 units"),
				recorded(new NoticeTextCorrected(966_100_032L), "NOTICE_TEXT_CORRECTED", "Notice", 966_100_032L, null),
				recorded(new PreReviewPassed(966_100_033L, 966_100_034L, 966_109_001L, "模块审计甲公司"),
						"PRE_REVIEW_PASSED", "Declaration", 966_100_034L, null),
				recorded(new PreReviewFailed(966_100_035L, 966_100_036L, 966_109_001L, XICHENG, "模块审计甲公司", "缺少制度"),
						"PRE_REVIEW_FAILED", "Declaration", 966_100_036L, null),
				recorded(new ReviewRoundChanged(966_100_037L, 5, 12, Instant.parse("2031-04-30T10:00:00Z"),
						new BigDecimal("15.0")), "REVIEW_ROUND_CHANGED", "ReviewRound", 966_100_037L,
						"k=5, L=12, deadline 2031-04-30T10:00:00Z, threshold 15.0"),
				recorded(new ReviewRoundExpertsInvited(966_100_038L, List.of(41L, 42L)), "REVIEW_ROUND_EXPERTS_INVITED",
						"ReviewRound", 966_100_038L, "experts [41, 42]"),
				recorded(new SiteVisitRecorded(966_100_039L, 966_100_040L), "SITE_VISIT_RECORDED", "Declaration",
						966_100_040L, null),
				recorded(new NoConflictDeclared(966_100_041L, 966_100_039L, 966_100_042L), "CONFLICT_DECLARED_NONE",
						"Assignment", 966_100_041L, "declaration 966100042"),
				recorded(new RectificationIssued(966_100_043L, 966_104_001L, 966_109_001L, XICHENG,
						LocalDate.of(2031, 6, 30)), "RECTIFICATION_ISSUED", "Rectification", 966_100_043L,
						"until 2031-06-30"),
				recorded(new RectificationSubmitted(966_100_044L, 966_104_001L, "模块审计甲公司", XICHENG),
						"RECTIFICATION_SUBMITTED", "Rectification", 966_100_044L, null),
				recorded(new RectificationDecided(966_100_045L, 966_104_001L, 966_109_001L, XICHENG,
						RectificationDecided.Outcome.ACCEPTED, "已整改到位"), "RECTIFICATION_ACCEPTED", "Rectification",
						966_100_045L, null),
				recorded(new RectificationDecided(966_100_046L, 966_104_001L, 966_109_001L, XICHENG,
						RectificationDecided.Outcome.RETURNED, "台账不全"), "RECTIFICATION_RETURNED", "Rectification",
						966_100_046L, "台账不全"),
				recorded(new RectificationDecided(966_100_047L, 966_104_001L, 966_109_001L, XICHENG,
						RectificationDecided.Outcome.FAILED, "逾期未改"), "RECTIFICATION_FAILED", "Rectification",
						966_100_047L, "逾期未改"),
				recorded(new AnnualPlanSubmitted(966_100_048L, 966_104_001L, 966_109_001L, "模块审计甲公司", XICHENG, 2031,
						2), "ANNUAL_PLAN_SUBMITTED", "AnnualPlan", 966_100_048L, "version 2"),
				recorded(new AnnualPlanReturned(966_100_049L, 966_104_001L, 966_109_001L, "模块审计甲公司", XICHENG, 2031,
						"培训安排不具体"), "ANNUAL_PLAN_RETURNED", "AnnualPlan", 966_100_049L, null),
				recorded(new AnnualPlanAccepted(966_100_050L, 966_104_001L, 966_109_001L, "模块审计甲公司", XICHENG, 2031),
						"ANNUAL_PLAN_ACCEPTED", "AnnualPlan", 966_100_050L, null),
				recorded(new LiaisonReportAccepted(966_104_002L, 966_109_001L, "模块审计甲公司", XICHENG,
						LocalDate.of(2031, 1, 1), LocalDate.of(2031, 3, 31)), "LIAISON_REPORT_ACCEPTED", "LiaisonReport",
						"966104002/2031-01-01", null),
				recorded(new LiaisonReportReturned(966_104_003L, 966_109_001L, "模块审计甲公司", XICHENG,
						LocalDate.of(2031, 4, 1), LocalDate.of(2031, 6, 30), "问题描述不清"), "LIAISON_REPORT_RETURNED",
						"LiaisonReport", "966104003/2031-04-01", null),
				recorded(new RevocationProposed(966_100_051L, 966_104_001L, 966_109_001L, XICHENG,
						LocalDate.of(2031, 7, 15)), "REVOCATION_PROPOSED", "Revocation", 966_100_051L,
						"base 966104001, respond until 2031-07-15"),
				recorded(new RevocationResponded(966_100_052L, 966_104_001L, "模块审计甲公司", XICHENG),
						"REVOCATION_RESPONDED", "Revocation", 966_100_052L, null),
				recorded(new RevocationDecided(966_100_053L, 966_104_001L, 966_109_001L, XICHENG, true,
						"京市监发〔2031〕9号", LocalDate.of(2034, 8, 1)), "REVOCATION_DECIDED", "Revocation", 966_100_053L,
						"京市监发〔2031〕9号"),
				recorded(new PilotProgressReportDecided(966_100_054L, 966_103_001L, XICHENG, 2031, 1, true, null),
						"PILOT_PROGRESS_ACCEPTED", "PilotProgressReport", 966_100_054L, null),
				recorded(new PilotProgressReportDecided(966_100_055L, 966_103_001L, XICHENG, 2031, 2, false, "数据不全"),
						"PILOT_PROGRESS_RETURNED", "PilotProgressReport", 966_100_055L, "数据不全"));
	}

	private static Arguments recorded(Object event, String action, String objectType, Object objectId, String detail) {
		return Arguments.argumentSet(event.getClass().getSimpleName() + " → " + action, event, action, objectType,
				objectId, detail);
	}

	@ParameterizedTest
	@MethodSource("recordedEvents")
	void eachRecordedEventBecomesOneEntryOfTheActingUser(Object event, String action, String objectType, Object objectId,
			String detail, Scenario scenario) {
		String actor = signedIn();

		scenario.publish(event)
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> entriesOf(actor, objectType, objectId), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.event()).isEqualTo(action);
				assertThat(entry.actor()).isEqualTo(actor);
				assertThat(entry.outcome()).isEqualTo("SUCCESS");
				assertThat(entry.detail()).isEqualTo(detail);
			}));
	}

	@Test
	void anEventPublishedWithNobodySignedInIsRecordedAsAnonymous(Scenario scenario) {
		long caseId = 966_100_101L;

		scenario.publish(new TypicalCaseSubmitted(caseId, XICHENG, "模块审计无人案例"))
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> entriesOf(AuditLog.ANONYMOUS, "TypicalCase", caseId),
					entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement()
				.satisfies(entry -> assertThat(entry.event()).isEqualTo("CASE_SUBMITTED")));
	}
}
