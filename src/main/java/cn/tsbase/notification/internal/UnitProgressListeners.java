package cn.tsbase.notification.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.publicnotice.NoticeOpened;
import cn.tsbase.publicnotice.ObjectionFiled;
import cn.tsbase.selection.ExpertReviewStarted;
import cn.tsbase.selection.PreReviewPassed;
import cn.tsbase.selection.ProposedListDecided;

/**
 * What happens to a declaration after the district, told to its unit at each stage: the written pre-review passed,
 * the expert review started, the unit is on the proposed list (拟入选), the public notice is live, an objection was
 * filed against it. Each links to the declaration (the notice: to the public notice) and says what comes next. The
 * objector's data never travels.
 */
@Component
class UnitProgressListeners {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final AccountManagement accounts;
	private final Notifications notifications;

	UnitProgressListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	private static String declaration(long id) {
		return "/declarations/" + id;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "unit-pre-review-passed")
	void on(PreReviewPassed event) {
		notifications.send(accounts.ofUnit(event.unitId()), NotificationMessage.of(NotificationKind.PRE_REVIEW_PASSED,
				declaration(event.declarationId()), event.unitName()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "unit-expert-review-started")
	void on(ExpertReviewStarted event) {
		String deadline = event.deadline() == null ? "" : LocalDate.ofInstant(event.deadline(), BEIJING).toString();
		for (ExpertReviewStarted.Entry entry : event.declarations()) {
			notifications.send(accounts.ofUnit(entry.unitId()), NotificationMessage.of(
					NotificationKind.EXPERT_REVIEW_STARTED, declaration(entry.declarationId()), entry.unitName(),
					deadline));
		}
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "unit-proposed")
	void on(ProposedListDecided event) {
		for (ProposedListDecided.Entry entry : event.entries()) {
			notifications.send(accounts.ofUnit(entry.unitId()), NotificationMessage.of(
					NotificationKind.DECLARATION_PROPOSED, declaration(entry.declarationId()), entry.unitName(),
					String.valueOf(event.year())));
		}
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "unit-notice-live")
	void on(NoticeOpened event) {
		for (NoticeOpened.Entry entry : event.entries()) {
			notifications.send(accounts.ofUnit(entry.unitId()), NotificationMessage.of(NotificationKind.NOTICE_LIVE,
					"/public/notices/" + event.noticeId(), entry.unitName(), event.firstDay().toString(),
					event.lastDay().toString()));
		}
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "unit-objection-filed")
	void on(ObjectionFiled event) {
		if (event.targetUnitId() == null || event.targetDeclarationId() == null) {
			return;
		}
		notifications.send(accounts.ofUnit(event.targetUnitId()), NotificationMessage.of(
				NotificationKind.OBJECTION_AGAINST_UNIT, declaration(event.targetDeclarationId()),
				event.targetUnitName()));
	}
}
