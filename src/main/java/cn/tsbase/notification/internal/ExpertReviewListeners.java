package cn.tsbase.notification.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.Recipient;
import cn.tsbase.selection.ExpertAssignmentsReleased;
import cn.tsbase.selection.ExpertConflictDeclared;
import cn.tsbase.selection.ExpertScoreReopened;
import cn.tsbase.selection.ExpertScoringReminderFellDue;
import cn.tsbase.shared.security.Role;

/**
 * The expert review's notifications: experts hear of their released assignments, of a score reopened and of the
 * approaching deadline; the municipal bureau hears of a conflict an expert declared. Mails say no more than the
 * notification: no declaration is named to an expert by mail or in the bell before they open their work list.
 */
@Component
class ExpertReviewListeners {

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private static final String WORK_LIST = "/selection/reviews";

	private final AccountManagement accounts;
	private final Notifications notifications;

	ExpertReviewListeners(AccountManagement accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "expert-assignments-released")
	void on(ExpertAssignmentsReleased event) {
		Map<Long, Recipient> experts = experts(event.experts()
			.stream()
			.map(ExpertAssignmentsReleased.Released::accountId)
			.collect(Collectors.toSet()));
		for (ExpertAssignmentsReleased.Released released : event.experts()) {
			Recipient recipient = experts.get(released.accountId());
			if (recipient != null) {
				notifications.send(List.of(recipient), NotificationMessage.of(NotificationKind.EXPERT_ASSIGNMENTS_RELEASED,
						WORK_LIST, event.roundName(), String.valueOf(released.assignments()), deadline(event.deadline())));
			}
		}
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "expert-scoring-due")
	void on(ExpertScoringReminderFellDue event) {
		Recipient recipient = experts(Set.of(event.expertAccountId())).get(event.expertAccountId());
		if (recipient != null) {
			notifications.send(List.of(recipient), NotificationMessage.of(event.lastDay()
					? NotificationKind.EXPERT_SCORING_LAST_DAY : NotificationKind.EXPERT_SCORING_DUE, WORK_LIST,
					event.roundName(), String.valueOf(event.pending()), deadline(event.deadline())));
		}
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "expert-score-reopened")
	void on(ExpertScoreReopened event) {
		Recipient recipient = experts(Set.of(event.expertAccountId())).get(event.expertAccountId());
		if (recipient != null) {
			notifications.send(List.of(recipient), NotificationMessage.of(NotificationKind.EXPERT_SCORE_REOPENED,
					WORK_LIST + "/" + event.assignmentId(), event.roundName()));
		}
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "expert-conflict-declared")
	void on(ExpertConflictDeclared event) {
		notifications.send(accounts.holdersOf(Role.MUNICIPAL_OFFICER, null),
				NotificationMessage.of(NotificationKind.EXPERT_CONFLICT_DECLARED,
						"/selection/rounds/" + event.roundId() + "/assignments", event.expertName(), event.unitName(),
						event.roundName()));
	}

	/** The enabled expert accounts among those given: experts belong to no district. */
	private Map<Long, Recipient> experts(Collection<Long> accountIds) {
		return accounts.holdersOf(Role.EXPERT, null)
			.stream()
			.filter(r -> accountIds.contains(r.accountId()))
			.collect(Collectors.toMap(Recipient::accountId, Function.identity()));
	}

	private static String deadline(Instant deadline) {
		return DEADLINE.format(deadline);
	}
}
