package cn.tsbase.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.evaluation.EvaluationResultsPublished;
import cn.tsbase.evaluation.SelfEvaluationClosed;
import cn.tsbase.evaluation.SelfEvaluationSubmitted;
import cn.tsbase.evaluation.SupplementRequested;
import cn.tsbase.shared.security.Role;

/**
 * The annual evaluation's notifications: the district officers hear of a submitted self-evaluation to score, the
 * unit's people of a supplement request, of a self-evaluation closed after its deadline and of their published grade;
 * each links to the evaluation.
 */
@Component
class EvaluationListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;

	EvaluationListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "self-evaluation-submitted")
	void on(SelfEvaluationSubmitted event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.SELF_EVALUATION_SUBMITTED, link(event.evaluationId()),
						event.unitName()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "evaluation-supplement-requested")
	void on(SupplementRequested event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.EVALUATION_SUPPLEMENT_REQUESTED, link(event.evaluationId()),
						event.deadline().toString(), event.reason()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "self-evaluation-closed")
	void on(SelfEvaluationClosed event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(event.failed() ? NotificationKind.SELF_EVALUATION_CLOSED_FAILED
						: NotificationKind.SELF_EVALUATION_CLOSED, link(event.evaluationId()),
						String.valueOf(event.year())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "evaluation-results-published")
	void on(EvaluationResultsPublished event) {
		for (EvaluationResultsPublished.Result result : event.results()) {
			notifications.send(accounts.ofUnit(result.unitId()),
					NotificationMessage.of(NotificationKind.EVALUATION_RESULT_PUBLISHED, link(result.evaluationId()),
							String.valueOf(event.year()), event.documentNumber()));
		}
	}

	private static String link(long evaluationId) {
		return "/evaluation/evaluations/" + evaluationId;
	}
}
