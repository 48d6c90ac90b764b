package cn.tsbase.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationFixtures;
import cn.tsbase.declaration.internal.Call;
import cn.tsbase.declaration.internal.Declaration;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** Calls and declarations for notification tests, made through the declaration module's service. */
record DeclarationScenario(DeclarationService declarations) {

	static CurrentUser officer(String district) {
		return new CurrentUser(0L, "officer-" + district, null, "区市场监管局", EnumSet.of(Role.DISTRICT_OFFICER),
				district, null, true, true, false);
	}

	static CurrentUser unitUser(UnitFixtures.RegisteredUnit registered) {
		return new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false);
	}

	/** A call of the district, open since yesterday and closing at the given time. */
	Call call(String district, String title, Instant now, Instant closesAt) {
		return declarations.createCall(new NewCall(title, 2026, EnumSet.allOf(BaseType.class), "<p>请按要求申报</p>",
				now.minus(Duration.ofDays(1)), closesAt, 3, 1), officer(district));
	}

	Declaration draft(Call call, UnitFixtures.RegisteredUnit unit) {
		return declarations.start(call.getId(), BaseType.POINT, unitUser(unit));
	}

	Declaration completeDraft(Call call, UnitFixtures.RegisteredUnit unit) {
		Declaration declaration = draft(call, unit);
		return declarations.saveDraft(declaration.getId(), declaration.getVersion(),
				content -> DeclarationFixtures.complete(content, BaseType.POINT), unitUser(unit));
	}

	Declaration submit(Declaration declaration, UnitFixtures.RegisteredUnit unit) {
		return declarations.submit(declaration.getId(), declaration.getVersion(), "t-" + UUID.randomUUID(), "张三",
				LocalDate.now(), unitUser(unit));
	}

	Declaration current(Declaration declaration, UnitFixtures.RegisteredUnit unit) {
		return declarations.get(declaration.getId(), unitUser(unit).scope());
	}
}
