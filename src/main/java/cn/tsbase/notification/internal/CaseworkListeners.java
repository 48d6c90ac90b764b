package cn.tsbase.notification.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.Recipient;
import cn.tsbase.casework.LeakIncidentAnswered;
import cn.tsbase.casework.LeakIncidentClosed;
import cn.tsbase.casework.LeakIncidentReported;
import cn.tsbase.casework.TypicalCaseApprovedByDistrict;
import cn.tsbase.casework.TypicalCasePublished;
import cn.tsbase.casework.TypicalCaseRejected;
import cn.tsbase.casework.TypicalCaseSubmitted;
import cn.tsbase.guidance.GuidanceManagement;
import cn.tsbase.shared.security.Role;

/**
 * Casework's notifications. A leak incident's notice names neither the unit nor anything of the incident (it may go
 * out by mail): only a link, which checks who opens it. It goes to the district officers of the unit's district and to
 * the guidance officer assigned to the unit now, if any. A typical case's notices carry its public title and a link;
 * a guidance officer who wrote a case hears of each step of its review (district approval, rejection with the reason,
 * publication).
 */
@Component
class CaseworkListeners {

	private final AccountManagement accounts;
	private final Notifications notifications;
	private final GuidanceManagement guidance;

	CaseworkListeners(AccountManagement accounts, Notifications notifications, GuidanceManagement guidance) {
		this.accounts = accounts;
		this.notifications = notifications;
		this.guidance = guidance;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "leak-incident-reported")
	void on(LeakIncidentReported event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.LEAK_INCIDENT_REPORTED, incidentLink(event.incidentId())));
		List<Recipient> officer = guidance.officerOf(event.unitId())
			.flatMap(assigned -> accounts.recipientOf(assigned.accountId()))
			.stream()
			.toList();
		if (!officer.isEmpty()) {
			notifications.send(officer, NotificationMessage.of(NotificationKind.LEAK_INCIDENT_OF_GUIDED_UNIT,
					incidentLink(event.incidentId())));
		}
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "leak-incident-answered")
	void on(LeakIncidentAnswered event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.LEAK_INCIDENT_ANSWERED, incidentLink(event.incidentId())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "leak-incident-closed")
	void on(LeakIncidentClosed event) {
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(NotificationKind.LEAK_INCIDENT_CLOSED, incidentLink(event.incidentId())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "typical-case-submitted")
	void on(TypicalCaseSubmitted event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.TYPICAL_CASE_SUBMITTED, caseLink(event.caseId()),
						event.publicTitle()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "typical-case-approved-by-district")
	void on(TypicalCaseApprovedByDistrict event) {
		notifications.send(accounts.holdersOf(Role.MUNICIPAL_OFFICER, null),
				NotificationMessage.of(NotificationKind.TYPICAL_CASE_APPROVED_BY_DISTRICT, caseLink(event.caseId()),
						event.publicTitle()));
		List<Recipient> guide = guide(event.guideAccountId());
		if (!guide.isEmpty()) {
			notifications.send(guide, NotificationMessage.of(NotificationKind.TYPICAL_CASE_ACCEPTED_BY_DISTRICT,
					caseLink(event.caseId()), event.publicTitle()));
		}
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "typical-case-rejected")
	void on(TypicalCaseRejected event) {
		notifications.send(authors(event.authorUnitId(), event.guideAccountId(), event.districtCode()),
				NotificationMessage.of(NotificationKind.TYPICAL_CASE_REJECTED, caseLink(event.caseId()),
						event.publicTitle(), event.reason()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "typical-case-published")
	void on(TypicalCasePublished event) {
		notifications.send(authors(event.authorUnitId(), event.guideAccountId(), event.districtCode()),
				NotificationMessage.of(NotificationKind.TYPICAL_CASE_PUBLISHED, "/public/cases/" + event.caseId(),
						event.publicTitle()));
	}

	/** The unit that wrote the case, else the guidance officer who wrote it, else the district's officers. */
	private List<Recipient> authors(Long authorUnitId, Long guideAccountId, String districtCode) {
		if (authorUnitId != null) {
			return accounts.ofUnit(authorUnitId);
		}
		return guideAccountId != null ? guide(guideAccountId) : accounts.holdersOf(Role.DISTRICT_OFFICER, districtCode);
	}

	private List<Recipient> guide(Long guideAccountId) {
		return guideAccountId == null ? List.of() : accounts.recipientOf(guideAccountId).stream().toList();
	}

	private static String incidentLink(long incidentId) {
		return "/casework/incidents/" + incidentId;
	}

	private static String caseLink(long caseId) {
		return "/casework/cases/" + caseId;
	}
}
