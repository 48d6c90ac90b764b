package cn.tsbase.notification;

import static cn.tsbase.notification.NotifiedParties.HAIDIAN;
import static cn.tsbase.notification.NotifiedParties.XICHENG;
import static cn.tsbase.notification.NotifiedParties.id;
import static cn.tsbase.notification.NotifiedParties.notice;
import static cn.tsbase.notification.NotifiedParties.Party.DISTRICT_OFFICER;
import static cn.tsbase.notification.NotifiedParties.Party.EXPERT;
import static cn.tsbase.notification.NotifiedParties.Party.MUNICIPAL_OFFICER;
import static cn.tsbase.notification.NotifiedParties.Party.SECURITY_ADMIN;
import static cn.tsbase.notification.NotifiedParties.Party.SYSTEM_ADMIN;
import static cn.tsbase.notification.NotifiedParties.Party.UNIT;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.UsccFixtures;
import cn.tsbase.account.LoginAttackSuspected;
import cn.tsbase.account.SecondFactorRemovalRequested;
import cn.tsbase.account.SecondFactorRemoved;
import cn.tsbase.calendar.CalendarYearFoundMissing;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationReturned;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.declaration.Section;
import cn.tsbase.notification.NotifiedParties.Parties;
import cn.tsbase.notification.internal.NotificationKind;
import cn.tsbase.organization.UnitRegistered;
import cn.tsbase.publicnotice.NoticeOpened;
import cn.tsbase.publicnotice.ObjectionFiled;
import cn.tsbase.publicnotice.ObjectionFindingsRecorded;
import cn.tsbase.publicnotice.ObjectionVerificationRequested;
import cn.tsbase.selection.ExpertAssignmentsReleased;
import cn.tsbase.selection.ExpertConflictDeclared;
import cn.tsbase.selection.ExpertReviewStarted;
import cn.tsbase.selection.ExpertScoreReopened;
import cn.tsbase.selection.ExpertScoringReminderFellDue;
import cn.tsbase.selection.PreReviewFailed;
import cn.tsbase.selection.PreReviewPassed;
import cn.tsbase.selection.ProposedListDecided;

/**
 * The notification module's hand-overs from the organization, declaration, selection, public notice, account and
 * calendar modules (issue 10, point 5): each event published reaches exactly the people it concerns, as a notification
 * of its kind with its link and arguments. The declarations and calls are unknown to the declaration module here, so
 * the call titles are empty.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(NotifiedParties.class)
class NotificationModuleTests {

	private static final String UNIT_NAME = "模块通知甲公司";

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

	// NotificationListeners

	@Test
	void aRegisteredUnitIsAnnouncedToTheOfficersOfItsDistrict(Scenario scenario) {
		String uscc = UsccFixtures.random(XICHENG);
		notified.expect(scenario, parties, new UnitRegistered(unit(), uscc, UNIT_NAME, XICHENG, Instant.now()),
				notice(NotificationKind.UNIT_REGISTERED, "/units/" + unit(), UNIT_NAME, uscc).to(DISTRICT_OFFICER));
	}

	@Test
	void aSubmittedDeclarationGoesToTheOfficersOfItsDistrictForReview(Scenario scenario) {
		long declaration = id();
		notified.expect(scenario, parties, new DeclarationSubmitted(declaration, id(), unit(), XICHENG, UNIT_NAME,
				BaseType.POINT, false, 1), notice(NotificationKind.DECLARATION_SUBMITTED,
						"/review/declarations/" + declaration, UNIT_NAME, "").to(DISTRICT_OFFICER));
	}

	@Test
	void aResubmittedDeclarationIsAnnouncedAsResubmitted(Scenario scenario) {
		long declaration = id();
		notified.expect(scenario, parties, new DeclarationSubmitted(declaration, id(), unit(), XICHENG, UNIT_NAME,
				BaseType.POINT, true, 2), notice(NotificationKind.DECLARATION_RESUBMITTED,
						"/review/declarations/" + declaration, UNIT_NAME, "").to(DISTRICT_OFFICER));
	}

	@Test
	void aReturnedDeclarationGoesBackToItsUnit(Scenario scenario) {
		long declaration = id();
		notified.expect(scenario, parties, new DeclarationReturned(declaration, unit(), XICHENG, UNIT_NAME,
				Map.of(Section.SECRETS, "密点清单不完整")),
				notice(NotificationKind.DECLARATION_RETURNED, "/declarations/" + declaration, UNIT_NAME, "").to(UNIT));
	}

	@Test
	void theUnitHearsThatItsDeclarationWasRecommended(Scenario scenario) {
		long declaration = id();
		notified.expect(scenario, parties, new DeclarationDecided(declaration, unit(), XICHENG, UNIT_NAME, true, null),
				notice(NotificationKind.DECLARATION_RECOMMENDED, "/declarations/" + declaration, UNIT_NAME, "", "")
					.to(UNIT));
	}

	@Test
	void theUnitHearsWhyItsDeclarationWasNotRecommended(Scenario scenario) {
		long declaration = id();
		notified.expect(scenario, parties,
				new DeclarationDecided(declaration, unit(), XICHENG, UNIT_NAME, false, "  保密制度尚不健全 "),
				notice(NotificationKind.DECLARATION_NOT_RECOMMENDED, "/declarations/" + declaration, UNIT_NAME, "",
						"保密制度尚不健全").to(UNIT));
	}

	// PreReviewListeners

	@Test
	void aFailedPreReviewIsToldToTheUnitAndToItsDistrictWithTheReason(Scenario scenario) {
		long declaration = id();
		notified.expect(scenario, parties,
				new PreReviewFailed(id(), declaration, unit(), XICHENG, UNIT_NAME, "近三年发生重大泄密事件"),
				notice(NotificationKind.PRE_REVIEW_FAILED, "/declarations/" + declaration, UNIT_NAME, "近三年发生重大泄密事件")
					.to(UNIT),
				notice(NotificationKind.PRE_REVIEW_FAILED_DISTRICT, "/review/declarations/" + declaration, UNIT_NAME,
						"近三年发生重大泄密事件").to(DISTRICT_OFFICER));
	}

	// UnitProgressListeners

	@Test
	void theUnitHearsThatItsDeclarationPassedThePreReview(Scenario scenario) {
		long declaration = id();
		notified.expect(scenario, parties, new PreReviewPassed(id(), declaration, unit(), UNIT_NAME),
				notice(NotificationKind.PRE_REVIEW_PASSED, "/declarations/" + declaration, UNIT_NAME).to(UNIT));
	}

	@Test
	void theUnitHearsThatTheExpertReviewStartedAndItsLastDayInBeijing(Scenario scenario) {
		long declaration = id();
		notified.expect(scenario, parties,
				new ExpertReviewStarted(id(), Instant.parse("2031-05-06T17:00:00Z"),
						List.of(new ExpertReviewStarted.Entry(declaration, unit(), UNIT_NAME))),
				notice(NotificationKind.EXPERT_REVIEW_STARTED, "/declarations/" + declaration, UNIT_NAME, "2031-05-07")
					.to(UNIT));
	}

	@Test
	void theUnitHearsThatItIsOnTheProposedList(Scenario scenario) {
		long declaration = id();
		notified.expect(scenario, parties,
				new ProposedListDecided(id(), 2031, "module-test",
						List.of(new ProposedListDecided.Entry(declaration, unit(), UNIT_NAME,
								UsccFixtures.random(XICHENG), BaseType.POINT, XICHENG, "SOFTWARE_IT"))),
				notice(NotificationKind.DECLARATION_PROPOSED, "/declarations/" + declaration, UNIT_NAME, "2031")
					.to(UNIT));
	}

	@Test
	void theUnitHearsThatThePublicNoticeIsLive(Scenario scenario) {
		long noticeId = id();
		notified.expect(scenario, parties,
				new NoticeOpened(noticeId, 2031, LocalDate.of(2031, 6, 2), LocalDate.of(2031, 6, 8),
						List.of(new NoticeOpened.Entry(id(), unit(), UNIT_NAME))),
				notice(NotificationKind.NOTICE_LIVE, "/public/notices/" + noticeId, UNIT_NAME, "2031-06-02",
						"2031-06-08").to(UNIT));
	}

	// UnitProgressListeners and PublicNoticeListeners

	@Test
	void anObjectionIsToldToTheBureauAndToTheUnitItConcerns(Scenario scenario) {
		long objection = id();
		long noticeId = id();
		long declaration = id();
		notified.expect(scenario, parties,
				new ObjectionFiled(objection, noticeId, "YY-2031-0001", UNIT_NAME, declaration, unit()),
				notice(NotificationKind.OBJECTION_FILED, "/notices/" + noticeId + "/objections/" + objection,
						UNIT_NAME, "YY-2031-0001").to(MUNICIPAL_OFFICER),
				notice(NotificationKind.OBJECTION_AGAINST_UNIT, "/declarations/" + declaration, UNIT_NAME).to(UNIT));
	}

	// PublicNoticeListeners

	@Test
	void theDistrictIsAskedToVerifyAnObjection(Scenario scenario) {
		long objection = id();
		notified.expect(scenario, parties,
				new ObjectionVerificationRequested(objection, id(), "YY-2031-0002", XICHENG, UNIT_NAME),
				notice(NotificationKind.OBJECTION_VERIFICATION_REQUESTED, "/verifications/" + objection, UNIT_NAME,
						"YY-2031-0002").to(DISTRICT_OFFICER));
	}

	@Test
	void theBureauHearsOfTheDistrictsFindingsOnAnObjection(Scenario scenario) {
		long objection = id();
		long noticeId = id();
		notified.expect(scenario, parties,
				new ObjectionFindingsRecorded(objection, noticeId, "YY-2031-0003", HAIDIAN, UNIT_NAME),
				notice(NotificationKind.OBJECTION_FINDINGS_RECORDED, "/notices/" + noticeId + "/objections/" + objection,
						UNIT_NAME, "YY-2031-0003").to(MUNICIPAL_OFFICER));
	}

	// ExpertReviewListeners

	@Test
	void anExpertHearsOfTheAssignmentsReleasedToThemAndTheDeadlineInBeijing(Scenario scenario) {
		long expert = parties.account(EXPERT);
		notified.expect(scenario, parties,
				new ExpertAssignmentsReleased(id(), "模块测试评审轮次", Instant.parse("2031-05-06T02:00:00Z"),
						List.of(new ExpertAssignmentsReleased.Released(expert, "模块专家", 3))),
				notice(NotificationKind.EXPERT_ASSIGNMENTS_RELEASED, "/selection/reviews", "模块测试评审轮次", "3",
						"2031-05-06 10:00").to(EXPERT));
	}

	@Test
	void anExpertIsRemindedOnTheLastDayOfScoring(Scenario scenario) {
		notified.expect(scenario, parties,
				new ExpertScoringReminderFellDue(id(), "模块测试评审轮次", Instant.parse("2031-05-06T09:30:00Z"),
						parties.account(EXPERT), 2, true),
				notice(NotificationKind.EXPERT_SCORING_LAST_DAY, "/selection/reviews", "模块测试评审轮次", "2",
						"2031-05-06 17:30").to(EXPERT));
	}

	@Test
	void anExpertHearsThatAScoreWasReopened(Scenario scenario) {
		long assignment = id();
		notified.expect(scenario, parties,
				new ExpertScoreReopened(id(), "模块测试评审轮次", assignment, parties.account(EXPERT), UNIT_NAME),
				notice(NotificationKind.EXPERT_SCORE_REOPENED, "/selection/reviews/" + assignment, "模块测试评审轮次")
					.to(EXPERT));
	}

	@Test
	void theBureauHearsOfAConflictAnExpertDeclared(Scenario scenario) {
		long round = id();
		notified.expect(scenario, parties, new ExpertConflictDeclared(round, "模块测试评审轮次", id(), UNIT_NAME, "模块专家"),
				notice(NotificationKind.EXPERT_CONFLICT_DECLARED, "/selection/rounds/" + round + "/assignments",
						"模块专家", UNIT_NAME, "模块测试评审轮次").to(MUNICIPAL_OFFICER));
	}

	// AccountSecurityListeners

	@Test
	void theSecurityAdministratorsHearOfFailuresOnOneAccountFromManySources(Scenario scenario) {
		String username = "module-target-" + id();
		notified.expect(scenario, parties,
				new LoginAttackSuspected(LoginAttackSuspected.Pattern.ACCOUNT, username, 12, Instant.now()),
				notice(NotificationKind.LOGIN_FAILURES_FROM_MANY_SOURCES,
						"/security/accounts?q=" + URLEncoder.encode(username, StandardCharsets.UTF_8), username, "12")
					.to(SECURITY_ADMIN));
	}

	@Test
	void theSecurityAdministratorsHearOfASecondFactorRemovalToDecide(Scenario scenario) {
		String username = "module-holder-" + id();
		notified.expect(scenario, parties, new SecondFactorRemovalRequested(id(), username),
				notice(NotificationKind.SECOND_FACTOR_REMOVAL_REQUESTED, "/security/second-factor-removals", username)
					.to(SECURITY_ADMIN));
	}

	@Test
	void aHolderHearsThatTheirSecondFactorWasRemoved(Scenario scenario) {
		notified.expect(scenario, parties,
				new SecondFactorRemoved(parties.account(DISTRICT_OFFICER), "district-officer"),
				notice(NotificationKind.SECOND_FACTOR_REMOVED, "/account/second-factor").to(DISTRICT_OFFICER));
	}

	// CalendarListeners

	@Test
	void theSystemAdministratorsHearOfAYearWithoutItsCalendar(Scenario scenario) {
		notified.expect(scenario, parties, new CalendarYearFoundMissing(2093),
				notice(NotificationKind.CALENDAR_YEAR_MISSING, "/admin/calendar?year=2093", "2093").to(SYSTEM_ADMIN));
	}
}
