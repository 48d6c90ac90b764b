package cn.tsbase.notification;

import static cn.tsbase.notification.NotifiedParties.XICHENG;
import static cn.tsbase.notification.NotifiedParties.id;
import static cn.tsbase.notification.NotifiedParties.notice;
import static cn.tsbase.notification.NotifiedParties.Party.DISTRICT_OFFICER;
import static cn.tsbase.notification.NotifiedParties.Party.GUIDANCE_OFFICER;
import static cn.tsbase.notification.NotifiedParties.Party.MUNICIPAL_OFFICER;
import static cn.tsbase.notification.NotifiedParties.Party.UNIT;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.casework.LeakIncidentAnswered;
import cn.tsbase.casework.LeakIncidentClosed;
import cn.tsbase.casework.LeakIncidentReported;
import cn.tsbase.casework.TypicalCaseApprovedByDistrict;
import cn.tsbase.casework.TypicalCasePublished;
import cn.tsbase.casework.TypicalCaseRejected;
import cn.tsbase.casework.TypicalCaseSubmitted;
import cn.tsbase.guidance.CultivationInvited;
import cn.tsbase.guidance.FollowUpReopened;
import cn.tsbase.guidance.FollowUpReported;
import cn.tsbase.guidance.GuidanceRequestAssigned;
import cn.tsbase.guidance.GuidanceRequested;
import cn.tsbase.guidance.GuidanceVisitRecorded;
import cn.tsbase.notification.NotifiedParties.Parties;
import cn.tsbase.notification.internal.NotificationKind;
import cn.tsbase.operation.AnnualPlanAccepted;
import cn.tsbase.operation.AnnualPlanFoundDue;
import cn.tsbase.operation.AnnualPlanReturned;
import cn.tsbase.operation.AnnualPlanSubmitted;
import cn.tsbase.operation.LiaisonChangeRequested;
import cn.tsbase.operation.LiaisonProblemClosed;
import cn.tsbase.operation.LiaisonProblemForwarded;
import cn.tsbase.operation.LiaisonReportAccepted;
import cn.tsbase.operation.LiaisonReportFoundDue;
import cn.tsbase.operation.LiaisonReportReturned;
import cn.tsbase.operation.LiaisonReportSubmitted;

/**
 * The notification module's hand-overs from the operation, guidance and casework modules (issue 10, point 5): each
 * event published reaches exactly the people it concerns, as a notification of its kind with its link and arguments.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(NotifiedParties.class)
class NotificationModuleOperationTests {

	private static final String UNIT_NAME = "模块通知乙公司";
	private static final LocalDate START = LocalDate.of(2031, 1, 1);
	private static final LocalDate END = LocalDate.of(2031, 3, 31);

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

	private static String plan(long base, int year) {
		return "/operation/bases/" + base + "/plans/" + year;
	}

	private static String report(long base, LocalDate periodStart) {
		return "/operation/bases/" + base + "/liaison-reports/" + periodStart;
	}

	// OperationListeners

	@Test
	void aSubmittedAnnualPlanGoesToTheOfficersOfItsDistrict(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties, new AnnualPlanSubmitted(id(), base, unit(), UNIT_NAME, XICHENG, 2031, 2),
				notice(NotificationKind.ANNUAL_PLAN_SUBMITTED, plan(base, 2031), UNIT_NAME, "2031", "2")
					.to(DISTRICT_OFFICER));
	}

	@Test
	void theUnitHearsWhyItsAnnualPlanWasReturned(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties,
				new AnnualPlanReturned(id(), base, unit(), UNIT_NAME, XICHENG, 2031, "培训安排不具体"),
				notice(NotificationKind.ANNUAL_PLAN_RETURNED, plan(base, 2031), UNIT_NAME, "2031", "培训安排不具体")
					.to(UNIT));
	}

	@Test
	void theUnitHearsThatItsAnnualPlanWasAccepted(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties, new AnnualPlanAccepted(id(), base, unit(), UNIT_NAME, XICHENG, 2031),
				notice(NotificationKind.ANNUAL_PLAN_ACCEPTED, plan(base, 2031), UNIT_NAME, "2031").to(UNIT));
	}

	@Test
	void theDistrictIsAskedToConfirmALiaisonChange(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties, new LiaisonChangeRequested(base, unit(), UNIT_NAME, XICHENG),
				notice(NotificationKind.LIAISON_CHANGE_REQUESTED, "/operation/bases/" + base, UNIT_NAME)
					.to(DISTRICT_OFFICER));
	}

	// LiaisonListeners

	@Test
	void aSubmittedLiaisonReportGoesToTheOfficersOfItsDistrict(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties, new LiaisonReportSubmitted(base, unit(), UNIT_NAME, XICHENG, START, END),
				notice(NotificationKind.LIAISON_REPORT_SUBMITTED, report(base, START), UNIT_NAME, "2031-01-01",
						"2031-03-31").to(DISTRICT_OFFICER));
	}

	@Test
	void theUnitHearsWhyItsLiaisonReportWasReturned(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties,
				new LiaisonReportReturned(base, unit(), UNIT_NAME, XICHENG, START, END, "问题描述不清"),
				notice(NotificationKind.LIAISON_REPORT_RETURNED, report(base, START), UNIT_NAME, "2031-01-01",
						"2031-03-31", "问题描述不清").to(UNIT));
	}

	@Test
	void theUnitHearsThatItsLiaisonReportWasAccepted(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties, new LiaisonReportAccepted(base, unit(), UNIT_NAME, XICHENG, START, END),
				notice(NotificationKind.LIAISON_REPORT_ACCEPTED, report(base, START), UNIT_NAME, "2031-01-01",
						"2031-03-31").to(UNIT));
	}

	@Test
	void aLiaisonReportDueSoonIsToldToTheUnitOnly(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties,
				new LiaisonReportFoundDue(base, unit(), UNIT_NAME, XICHENG, START, END, LocalDate.of(2031, 4, 10),
						false),
				notice(NotificationKind.LIAISON_REPORT_DUE, report(base, START), UNIT_NAME, "2031-01-01", "2031-03-31",
						"2031-04-10").to(UNIT));
	}

	@Test
	void anOverdueLiaisonReportIsToldToTheUnitAndItsDistrict(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties,
				new LiaisonReportFoundDue(base, unit(), UNIT_NAME, XICHENG, START, END, LocalDate.of(2031, 4, 10),
						true),
				notice(NotificationKind.LIAISON_REPORT_OVERDUE, report(base, START), UNIT_NAME, "2031-01-01",
						"2031-03-31", "2031-04-10").to(UNIT, DISTRICT_OFFICER));
	}

	@Test
	void anAnnualPlanDueSoonIsToldToTheUnitOnly(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties,
				new AnnualPlanFoundDue(base, unit(), UNIT_NAME, XICHENG, 2031, LocalDate.of(2031, 1, 31), false),
				notice(NotificationKind.ANNUAL_PLAN_DUE, plan(base, 2031), UNIT_NAME, "2031", "2031-01-31").to(UNIT));
	}

	@Test
	void anOverdueAnnualPlanIsToldToTheUnitAndItsDistrict(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties,
				new AnnualPlanFoundDue(base, unit(), UNIT_NAME, XICHENG, 2031, LocalDate.of(2031, 1, 31), true),
				notice(NotificationKind.ANNUAL_PLAN_OVERDUE, plan(base, 2031), UNIT_NAME, "2031", "2031-01-31")
					.to(UNIT, DISTRICT_OFFICER));
	}

	@Test
	void aForwardedProblemGoesToTheBureau(Scenario scenario) {
		// 房山, as in ReportingModuleTests: the reporting module raises an escalation of the district as well
		notified.expect(scenario, parties, new LiaisonProblemForwarded(id(), id(), UNIT_NAME, "110111"),
				notice(NotificationKind.LIAISON_PROBLEM_FORWARDED, "/operation/liaison-problems", UNIT_NAME)
					.to(MUNICIPAL_OFFICER));
	}

	@Test
	void theUnitHearsThatItsProblemWasClosed(Scenario scenario) {
		long base = id();
		notified.expect(scenario, parties, new LiaisonProblemClosed(id(), base, unit(), UNIT_NAME, XICHENG, START),
				notice(NotificationKind.LIAISON_PROBLEM_CLOSED, report(base, START), UNIT_NAME).to(UNIT));
	}

	// GuidanceListeners

	@Test
	void aGuidanceRequestGoesToTheOfficersOfItsDistrict(Scenario scenario) {
		long request = id();
		notified.expect(scenario, parties,
				new GuidanceRequested(request, unit(), UNIT_NAME, XICHENG, List.of("SYSTEM")),
				notice(NotificationKind.GUIDANCE_REQUESTED, "/guidance/requests/" + request, UNIT_NAME)
					.to(DISTRICT_OFFICER));
	}

	@Test
	void anAssignedRequestIsToldToTheUnitAndToItsGuidanceOfficer(Scenario scenario) {
		long request = id();
		notified.expect(scenario, parties,
				new GuidanceRequestAssigned(request, unit(), UNIT_NAME, id(), parties.account(GUIDANCE_OFFICER),
						"指导员乙", LocalDate.of(2031, 3, 4)),
				notice(NotificationKind.GUIDANCE_REQUEST_ASSIGNED, "/guidance/requests/" + request, UNIT_NAME, "指导员乙",
						"2031-03-04").to(UNIT, GUIDANCE_OFFICER));
	}

	@Test
	void theUnitIsAskedToConfirmAVisitRecord(Scenario scenario) {
		long visit = id();
		notified.expect(scenario, parties,
				new GuidanceVisitRecorded(visit, unit(), UNIT_NAME, "指导员乙", LocalDate.of(2031, 3, 5), 2),
				notice(NotificationKind.GUIDANCE_VISIT_RECORDED, "/guidance/visits/" + visit, "指导员乙", "2031-03-05",
						"2").to(UNIT));
	}

	@Test
	void theGuidanceOfficerHearsOfARecommendationReportedDone(Scenario scenario) {
		long visit = id();
		notified.expect(scenario, parties,
				new FollowUpReported(id(), visit, unit(), UNIT_NAME, parties.account(GUIDANCE_OFFICER)),
				notice(NotificationKind.FOLLOW_UP_REPORTED, "/guidance/visits/" + visit, UNIT_NAME)
					.to(GUIDANCE_OFFICER));
	}

	@Test
	void theUnitHearsWhyARecommendationWasReopened(Scenario scenario) {
		long visit = id();
		notified.expect(scenario, parties, new FollowUpReopened(id(), visit, unit(), UNIT_NAME, "培训记录缺失"),
				notice(NotificationKind.FOLLOW_UP_REOPENED, "/guidance/visits/" + visit, "培训记录缺失").to(UNIT));
	}

	@Test
	void aPoolUnitIsInvitedToDeclare(Scenario scenario) {
		long call = id();
		notified.expect(scenario, parties, new CultivationInvited(id(), unit(), UNIT_NAME, call, "2031 年度申报通知"),
				notice(NotificationKind.CULTIVATION_INVITED, "/calls/" + call, UNIT_NAME, "2031 年度申报通知").to(UNIT));
	}

	// CaseworkListeners

	@Test
	void aReportedLeakIncidentGoesToTheDistrictWithoutItsContent(Scenario scenario) {
		long incident = id();
		notified.expect(scenario, parties, new LeakIncidentReported(incident, unit(), XICHENG, true),
				notice(NotificationKind.LEAK_INCIDENT_REPORTED, "/casework/incidents/" + incident)
					.to(DISTRICT_OFFICER));
	}

	@Test
	void theUnitHearsThatItsLeakIncidentWasAnsweredAndClosed(Scenario scenario) {
		long incident = id();
		notified.expect(scenario, parties, new LeakIncidentAnswered(incident, unit(), XICHENG),
				notice(NotificationKind.LEAK_INCIDENT_ANSWERED, "/casework/incidents/" + incident).to(UNIT));
		notified.expect(scenario, parties, new LeakIncidentClosed(incident, unit(), XICHENG),
				notice(NotificationKind.LEAK_INCIDENT_CLOSED, "/casework/incidents/" + incident).to(UNIT));
	}

	@Test
	void aSubmittedTypicalCaseGoesToTheOfficersOfItsDistrict(Scenario scenario) {
		long typicalCase = id();
		notified.expect(scenario, parties, new TypicalCaseSubmitted(typicalCase, XICHENG, "模块测试案例"),
				notice(NotificationKind.TYPICAL_CASE_SUBMITTED, "/casework/cases/" + typicalCase, "模块测试案例")
					.to(DISTRICT_OFFICER));
	}

	@Test
	void aCaseTheDistrictApprovedGoesToTheBureauAndItsGuidanceOfficerAuthorHearsOfIt(Scenario scenario) {
		long typicalCase = id();
		String link = "/casework/cases/" + typicalCase;
		notified.expect(scenario, parties,
				new TypicalCaseApprovedByDistrict(typicalCase, XICHENG, "模块测试案例", parties.account(GUIDANCE_OFFICER)),
				notice(NotificationKind.TYPICAL_CASE_APPROVED_BY_DISTRICT, link, "模块测试案例").to(MUNICIPAL_OFFICER),
				notice(NotificationKind.TYPICAL_CASE_ACCEPTED_BY_DISTRICT, link, "模块测试案例").to(GUIDANCE_OFFICER));
	}

	@Test
	void aRejectedCaseOfTheDistrictGoesBackToItsOfficersWithTheReason(Scenario scenario) {
		long typicalCase = id();
		notified.expect(scenario, parties,
				new TypicalCaseRejected(typicalCase, null, XICHENG, "模块测试案例", "含有可识别信息", null),
				notice(NotificationKind.TYPICAL_CASE_REJECTED, "/casework/cases/" + typicalCase, "模块测试案例", "含有可识别信息")
					.to(DISTRICT_OFFICER));
	}

	@Test
	void aRejectedCaseOfAUnitGoesBackToTheUnit(Scenario scenario) {
		long typicalCase = id();
		notified.expect(scenario, parties,
				new TypicalCaseRejected(typicalCase, unit(), XICHENG, "模块测试案例", "含有可识别信息", null),
				notice(NotificationKind.TYPICAL_CASE_REJECTED, "/casework/cases/" + typicalCase, "模块测试案例", "含有可识别信息")
					.to(UNIT));
	}

	@Test
	void theGuidanceOfficerWhoWroteACaseHearsThatItWasPublished(Scenario scenario) {
		long typicalCase = id();
		notified.expect(scenario, parties,
				new TypicalCasePublished(typicalCase, null, XICHENG, "模块测试案例", parties.account(GUIDANCE_OFFICER)),
				notice(NotificationKind.TYPICAL_CASE_PUBLISHED, "/public/cases/" + typicalCase, "模块测试案例")
					.to(GUIDANCE_OFFICER));
	}
}
