package cn.tsbase.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationReturned;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.organization.UnitRegistered;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * Who hears of what: a new unit and a (re)submitted declaration go to the district's market regulation officers, a
 * return and the district's decision to the unit's people. Each listener runs after the business transaction
 * committed, in its own transaction; a failure rolls its notifications back and leaves the event to be resubmitted.
 */
@Component
class NotificationListeners {

	/** Declarations are read by the platform itself here, not on behalf of a user. */
	private static final DataScope PLATFORM = new DataScope(DataScope.Kind.ALL, null, null);

	private final AccountManagement accounts;
	private final DeclarationManagement declarations;
	private final Notifications notifications;

	NotificationListeners(AccountManagement accounts, DeclarationManagement declarations, Notifications notifications) {
		this.accounts = accounts;
		this.declarations = declarations;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "unit-registered")
	void on(UnitRegistered event) {
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()),
				NotificationMessage.of(NotificationKind.UNIT_REGISTERED, "/units/" + event.unitId(), event.name(), event.uscc()));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "declaration-submitted")
	void on(DeclarationSubmitted event) {
		String callTitle = declarations.findCall(event.callId()).map(CallSummary::title).orElse("");
		NotificationKind kind = event.resubmission() ? NotificationKind.DECLARATION_RESUBMITTED : NotificationKind.DECLARATION_SUBMITTED;
		notifications.send(accounts.holdersOf(Role.DISTRICT_OFFICER, event.districtCode()), NotificationMessage.of(kind,
				"/review/declarations/" + event.declarationId(), event.unitName(), callTitle));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "declaration-returned")
	void on(DeclarationReturned event) {
		notifications.send(accounts.ofUnit(event.unitId()), NotificationMessage.of(NotificationKind.DECLARATION_RETURNED,
				"/declarations/" + event.declarationId(), event.unitName(), callTitleOf(event.declarationId())));
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "declaration-decided")
	void on(DeclarationDecided event) {
		NotificationKind kind = event.recommended() ? NotificationKind.DECLARATION_RECOMMENDED
				: NotificationKind.DECLARATION_NOT_RECOMMENDED;
		notifications.send(accounts.ofUnit(event.unitId()),
				NotificationMessage.of(kind, "/declarations/" + event.declarationId(), event.unitName(),
						callTitleOf(event.declarationId()), event.reason() == null ? "" : event.reason().strip()));
	}

	private String callTitleOf(long declarationId) {
		return declarations.find(declarationId, PLATFORM)
			.map(DeclarationSummary::callId)
			.flatMap(declarations::findCall)
			.map(CallSummary::title)
			.orElse("");
	}
}
