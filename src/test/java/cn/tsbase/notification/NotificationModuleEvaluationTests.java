package cn.tsbase.notification;

import static cn.tsbase.notification.NotifiedParties.XICHENG;
import static cn.tsbase.notification.NotifiedParties.id;
import static cn.tsbase.notification.NotifiedParties.notice;
import static cn.tsbase.notification.NotifiedParties.Party.DISTRICT_OFFICER;
import static cn.tsbase.notification.NotifiedParties.Party.MUNICIPAL_OFFICER;
import static cn.tsbase.notification.NotifiedParties.Party.UNIT;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.evaluation.PilotProgressReportDecided;
import cn.tsbase.evaluation.PilotProgressReportDue;
import cn.tsbase.evaluation.PilotProgressReportSubmitted;
import cn.tsbase.evaluation.PilotStageRecorded;
import cn.tsbase.evaluation.RectificationDecided;
import cn.tsbase.evaluation.RectificationIssued;
import cn.tsbase.evaluation.RectificationOverdue;
import cn.tsbase.evaluation.RectificationSubmitted;
import cn.tsbase.evaluation.RevocationDecided;
import cn.tsbase.evaluation.RevocationProposed;
import cn.tsbase.evaluation.RevocationResponded;
import cn.tsbase.evaluation.RevocationTriggerFlagged;
import cn.tsbase.evaluation.SelfEvaluationClosed;
import cn.tsbase.evaluation.SelfEvaluationSubmitted;
import cn.tsbase.evaluation.SupplementRequested;
import cn.tsbase.notification.NotifiedParties.Parties;
import cn.tsbase.notification.internal.NotificationKind;
import cn.tsbase.reporting.EscalationAnswered;
import cn.tsbase.reporting.EscalationRaised;
import cn.tsbase.reporting.SummaryReportAccepted;
import cn.tsbase.reporting.SummaryReportFoundDue;
import cn.tsbase.reporting.SummaryReportReturned;
import cn.tsbase.reporting.SummaryReportSubmitted;

/**
 * The notification module's hand-overs from the evaluation and reporting modules (issue 10, point 5): each event
 * published reaches exactly the people it concerns, as a notification of its kind with its link and arguments. The
 * published evaluation results ({@code EvaluationResultsPublished}) are left to the evaluation tests: the evaluation
 * module's own listeners would flag made-up bases for revocation in the shared test database.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(NotifiedParties.class)
class NotificationModuleEvaluationTests {

	private static final String UNIT_NAME = "模块通知丙公司";

	@Autowired
	NotifiedParties notified;

	Parties parties;

	@BeforeEach
	void createParties() {
		parties = notified.create();
	}

	private long unit() {
		return parties.unitId();
	}

	private static String evaluation(long id) {
		return "/evaluation/evaluations/" + id;
	}

	private static String pilot(long id) {
		return "/evaluation/pilots/" + id;
	}

	private static String rectification(long id) {
		return "/evaluation/rectifications/" + id;
	}

	private static String revocation(long id) {
		return "/evaluation/revocations/" + id;
	}

	// EvaluationListeners

	@Test
	void aSubmittedSelfEvaluationGoesToTheOfficersOfItsDistrict(Scenario scenario) {
		long evaluation = id();
		notified.expect(scenario, parties, new SelfEvaluationSubmitted(evaluation, id(), UNIT_NAME, XICHENG),
				notice(NotificationKind.SELF_EVALUATION_SUBMITTED, evaluation(evaluation), UNIT_NAME)
					.to(DISTRICT_OFFICER));
	}

	@Test
	void theUnitIsAskedForASupplementByTheDeadline(Scenario scenario) {
		long evaluation = id();
		notified.expect(scenario, parties,
				new SupplementRequested(evaluation, id(), unit(), XICHENG, "缺少培训记录", LocalDate.of(2031, 11, 20)),
				notice(NotificationKind.EVALUATION_SUPPLEMENT_REQUESTED, evaluation(evaluation), "2031-11-20", "缺少培训记录")
					.to(UNIT));
	}

	@Test
	void theUnitHearsThatItsSelfEvaluationClosed(Scenario scenario) {
		long evaluation = id();
		notified.expect(scenario, parties, new SelfEvaluationClosed(evaluation, id(), unit(), XICHENG, 2031, false),
				notice(NotificationKind.SELF_EVALUATION_CLOSED, evaluation(evaluation), "2031").to(UNIT));
	}

	@Test
	void theUnitHearsThatItsSelfEvaluationClosedAsFailed(Scenario scenario) {
		long evaluation = id();
		notified.expect(scenario, parties, new SelfEvaluationClosed(evaluation, id(), unit(), XICHENG, 2031, true),
				notice(NotificationKind.SELF_EVALUATION_CLOSED_FAILED, evaluation(evaluation), "2031").to(UNIT));
	}

	// PilotListeners

	@Test
	void theDistrictHearsOfEachStageOfItsPilot(Scenario scenario) {
		long pilot = id();
		notified.expect(scenario, parties,
				new PilotStageRecorded(pilot, XICHENG, 2031, "APPROVED", LocalDate.of(2031, 4, 1), "国知发〔2031〕1号"),
				notice(NotificationKind.PILOT_STAGE_RECORDED, pilot(pilot), "2031-04-01", "国知发〔2031〕1号")
					.to(DISTRICT_OFFICER));
	}

	@Test
	void aSubmittedPilotProgressReportGoesToTheBureau(Scenario scenario) {
		long pilot = id();
		notified.expect(scenario, parties, new PilotProgressReportSubmitted(id(), pilot, XICHENG, 2031, 1),
				notice(NotificationKind.PILOT_PROGRESS_SUBMITTED, pilot(pilot), "2031", "1").to(MUNICIPAL_OFFICER));
	}

	@Test
	void theDistrictHearsThatItsPilotProgressReportWasAccepted(Scenario scenario) {
		long pilot = id();
		notified.expect(scenario, parties, new PilotProgressReportDecided(id(), pilot, XICHENG, 2031, 2, true, null),
				notice(NotificationKind.PILOT_PROGRESS_ACCEPTED, pilot(pilot), "2031", "2").to(DISTRICT_OFFICER));
	}

	@Test
	void theDistrictHearsWhyItsPilotProgressReportWasReturned(Scenario scenario) {
		long pilot = id();
		notified.expect(scenario, parties,
				new PilotProgressReportDecided(id(), pilot, XICHENG, 2031, 2, false, "缺少经费执行情况"),
				notice(NotificationKind.PILOT_PROGRESS_RETURNED, pilot(pilot), "2031", "2", "缺少经费执行情况")
					.to(DISTRICT_OFFICER));
	}

	@Test
	void theDistrictIsRemindedOfAPilotProgressReportDue(Scenario scenario) {
		long pilot = id();
		notified.expect(scenario, parties, new PilotProgressReportDue(pilot, XICHENG, 2031, 1),
				notice(NotificationKind.PILOT_PROGRESS_DUE, pilot(pilot), "2031", "1").to(DISTRICT_OFFICER));
	}

	// RectificationListeners

	@Test
	void theUnitHearsOfARectificationOrderAndItsDeadline(Scenario scenario) {
		long rectification = id();
		notified.expect(scenario, parties,
				new RectificationIssued(rectification, id(), unit(), XICHENG, LocalDate.of(2031, 12, 31)),
				notice(NotificationKind.RECTIFICATION_ISSUED, rectification(rectification), "2031-12-31").to(UNIT));
	}

	@Test
	void aSubmittedRectificationGoesToTheOfficersOfItsDistrict(Scenario scenario) {
		long rectification = id();
		notified.expect(scenario, parties, new RectificationSubmitted(rectification, id(), UNIT_NAME, XICHENG),
				notice(NotificationKind.RECTIFICATION_SUBMITTED, rectification(rectification), UNIT_NAME)
					.to(DISTRICT_OFFICER));
	}

	@ParameterizedTest
	@EnumSource(RectificationDecided.Outcome.class)
	void theUnitHearsOfTheDecisionOnItsRectification(RectificationDecided.Outcome outcome, Scenario scenario) {
		long rectification = id();
		NotificationKind kind = NotificationKind.valueOf("RECTIFICATION_" + outcome.name());
		notified.expect(scenario, parties,
				new RectificationDecided(rectification, id(), unit(), XICHENG, outcome, "验收意见：" + outcome),
				notice(kind, rectification(rectification), "验收意见：" + outcome).to(UNIT));
	}

	@Test
	void aDecisionWithoutAReasonHasAnEmptyOne(Scenario scenario) {
		long rectification = id();
		notified.expect(scenario, parties,
				new RectificationDecided(rectification, id(), unit(), XICHENG, RectificationDecided.Outcome.ACCEPTED,
						null),
				notice(NotificationKind.RECTIFICATION_ACCEPTED, rectification(rectification), "").to(UNIT));
	}

	@Test
	void anOverdueRectificationIsToldToTheUnitAndItsDistrict(Scenario scenario) {
		long rectification = id();
		notified.expect(scenario, parties,
				new RectificationOverdue(rectification, id(), unit(), UNIT_NAME, XICHENG, LocalDate.of(2031, 9, 30)),
				notice(NotificationKind.RECTIFICATION_OVERDUE, rectification(rectification), UNIT_NAME, "2031-09-30")
					.to(UNIT, DISTRICT_OFFICER));
	}

	@Test
	void aFlaggedRevocationGroundIsToldToTheDistrictAndTheBureau(Scenario scenario) {
		notified.expect(scenario, parties,
				new RevocationTriggerFlagged(id(), id(), UNIT_NAME, XICHENG, "FAILED_TWO_YEARS"),
				notice(NotificationKind.REVOCATION_TRIGGER_FLAGGED, "/evaluation/revocation-triggers", UNIT_NAME)
					.to(DISTRICT_OFFICER, MUNICIPAL_OFFICER));
	}

	@Test
	void theUnitHearsOfAProposedRevocationAndWhenToRespond(Scenario scenario) {
		long revocation = id();
		notified.expect(scenario, parties,
				new RevocationProposed(revocation, id(), unit(), XICHENG, LocalDate.of(2031, 10, 15)),
				notice(NotificationKind.REVOCATION_PROPOSED, revocation(revocation), "2031-10-15").to(UNIT));
	}

	@Test
	void theBureauHearsOfTheUnitsResponse(Scenario scenario) {
		long revocation = id();
		notified.expect(scenario, parties, new RevocationResponded(revocation, id(), UNIT_NAME, XICHENG),
				notice(NotificationKind.REVOCATION_RESPONDED, revocation(revocation), UNIT_NAME).to(MUNICIPAL_OFFICER));
	}

	@Test
	void theDecisionOnARevocationIsToldToTheUnitAndItsDistrict(Scenario scenario) {
		long revocation = id();
		// not revoked: a revocation would also bar the made-up unit from declaring (ReapplyBans)
		notified.expect(scenario, parties, new RevocationDecided(revocation, id(), unit(), XICHENG, false, null, null),
				notice(NotificationKind.REVOCATION_DECIDED, revocation(revocation)).to(UNIT, DISTRICT_OFFICER));
	}

	// ReportingListeners

	@Test
	void aSubmittedSummaryReportGoesToTheBureau(Scenario scenario) {
		long report = id();
		notified.expect(scenario, parties, new SummaryReportSubmitted(report, XICHENG, "西城区", 2031, false),
				notice(NotificationKind.SUMMARY_REPORT_SUBMITTED, "/reporting/summaries/" + report, "西城区", "2031")
					.to(MUNICIPAL_OFFICER));
	}

	@Test
	void theDistrictHearsWhyItsSummaryReportWasReturned(Scenario scenario) {
		long report = id();
		notified.expect(scenario, parties, new SummaryReportReturned(report, XICHENG, 2031, "缺少典型案例"),
				notice(NotificationKind.SUMMARY_REPORT_RETURNED, "/reporting/summaries/" + report, "2031", "缺少典型案例")
					.to(DISTRICT_OFFICER));
	}

	@Test
	void theDistrictHearsThatItsSummaryReportWasAccepted(Scenario scenario) {
		long report = id();
		notified.expect(scenario, parties, new SummaryReportAccepted(report, XICHENG, 2031),
				notice(NotificationKind.SUMMARY_REPORT_ACCEPTED, "/reporting/summaries/" + report, "2031")
					.to(DISTRICT_OFFICER));
	}

	@Test
	void aSummaryReportNotStartedIsDueOnItsNewPage(Scenario scenario) {
		notified.expect(scenario, parties,
				new SummaryReportFoundDue(2031, XICHENG, "西城区", LocalDate.of(2032, 1, 15), false, null),
				notice(NotificationKind.SUMMARY_REPORT_DUE, "/reporting/summaries/new?year=2031", "2031", "2032-01-15")
					.to(DISTRICT_OFFICER));
	}

	@Test
	void anOverdueSummaryReportLinksToItsDraft(Scenario scenario) {
		long report = id();
		notified.expect(scenario, parties,
				new SummaryReportFoundDue(2031, XICHENG, "西城区", LocalDate.of(2032, 1, 15), true, report),
				notice(NotificationKind.SUMMARY_REPORT_OVERDUE, "/reporting/summaries/" + report, "2031", "2032-01-15")
					.to(DISTRICT_OFFICER));
	}

	@Test
	void aRaisedProblemGoesToTheBureau(Scenario scenario) {
		long escalation = id();
		notified.expect(scenario, parties, new EscalationRaised(escalation, XICHENG, "西城区", "模块测试问题"),
				notice(NotificationKind.ESCALATION_RAISED, "/reporting/escalations/" + escalation, "西城区", "模块测试问题")
					.to(MUNICIPAL_OFFICER));
	}

	@Test
	void theDistrictHearsTheBureausAnswer(Scenario scenario) {
		long escalation = id();
		notified.expect(scenario, parties, new EscalationAnswered(escalation, XICHENG, "模块测试问题"),
				notice(NotificationKind.ESCALATION_ANSWERED, "/reporting/escalations/" + escalation, "模块测试问题")
					.to(DISTRICT_OFFICER));
	}
}
