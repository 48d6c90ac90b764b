package cn.tsbase.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** Calls and declarations for notification tests, made through the declaration module's test fixture (by id). */
record DeclarationScenario(DeclarationScenarios declarations) {

	static CurrentUser officer(String district) {
		return new CurrentUser(0L, "officer-" + district, null, "区市场监管局", EnumSet.of(Role.DISTRICT_OFFICER),
				district, null, true, true, false);
	}

	static CurrentUser unitUser(UnitFixtures.RegisteredUnit registered) {
		return new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false);
	}

	/** A call of the district, open since yesterday and closing at the given time. */
	DeclarationScenarios.OpenCall call(String district, String title, Instant now, Instant closesAt) {
		return declarations.openCall(title, 2026, "<p>请按要求申报</p>", now.minus(Duration.ofDays(1)), closesAt, 3, 1,
				officer(district));
	}

	/** The unit's draft of a point declaration to the call: its id. */
	long draft(DeclarationScenarios.OpenCall call, UnitFixtures.RegisteredUnit unit) {
		return declarations.start(call.id(), BaseType.POINT, unitUser(unit));
	}

	long completeDraft(DeclarationScenarios.OpenCall call, UnitFixtures.RegisteredUnit unit) {
		return declarations.complete(draft(call, unit), BaseType.POINT, unitUser(unit));
	}

	/** The unit submits (or resubmits) the declaration as it is now: its id. */
	long submit(long declarationId, UnitFixtures.RegisteredUnit unit) {
		declarations.submit(declarationId, unitUser(unit));
		return declarationId;
	}
}
