package cn.tsbase.declaration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.declaration.internal.Declaration;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * The declaration module's test fixture for other modules' tests: a call open now and complete declarations
 * submitted to it by newly registered units, through the module's own services, known to the caller by their ids only
 * (issue 10, point 4: no other module's test reaches into {@code declaration.internal}).
 */
@TestComponent
public class DeclarationScenarios {

	private static final DataScope ALL = new DataScope(DataScope.Kind.ALL, null, null);

	private final DeclarationService declarations;
	private final UnitFixtures units;
	private final Clock clock;

	DeclarationScenarios(DeclarationService declarations, UnitFixtures units, Clock clock) {
		this.declarations = declarations;
		this.units = units;
		this.clock = clock;
	}

	/** A declaration submitted by a newly registered unit, and who submitted it. */
	public record Submitted(long id, long unitId, CurrentUser unit) {
	}

	/** A call open now: its id and title. */
	public record OpenCall(Long id, String title) {
	}

	/**
	 * A call of 2026 for both base types, open since yesterday for 30 days: the district's own, or the municipal
	 * bureau's when the district is null.
	 */
	public OpenCall openCall(String district, int quotaPoints, int quotaZones) {
		Instant now = clock.instant();
		var call = declarations.createCall(new NewCall("区级推荐测试" + UUID.randomUUID().toString().substring(0, 6), 2026,
				EnumSet.allOf(BaseType.class), "<p>要求</p>", now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(30)), quotaPoints, quotaZones),
				district == null ? officer(Role.MUNICIPAL_OFFICER, null) : officer(Role.DISTRICT_OFFICER, district));
		return new OpenCall(call.getId(), call.getTitle());
	}

	/** A newly registered unit of the district starts, completes and submits its declaration to the call. */
	public Submitted submit(long callId, String unitName, String district, BaseType type) {
		UnitFixtures.RegisteredUnit registered = units.register(unitName, district);
		CurrentUser user = new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false);
		Declaration draft = declarations.start(callId, type, user);
		Declaration complete = declarations.saveDraft(draft.getId(), draft.getVersion(),
				c -> DeclarationFixtures.complete(c, type), user);
		Declaration submitted = declarations.submit(complete.getId(), complete.getVersion(),
				UUID.randomUUID().toString(), "张三", LocalDate.now(), user);
		return new Submitted(submitted.getId(), registered.unit().getId(), user);
	}

	/** The unit starts a declaration to the call: the draft's id. */
	public long start(long callId, BaseType type, CurrentUser unit) {
		return declarations.start(callId, type, unit).getId();
	}

	/** The declaration as the district sees it now (its status and version). */
	public DeclarationSummary current(long declarationId) {
		return declarations.find(declarationId, ALL).orElseThrow();
	}

	public long version(long declarationId) {
		return current(declarationId).version();
	}

	public DeclarationStatus status(long declarationId) {
		return current(declarationId).status();
	}

	static CurrentUser officer(Role role, String district) {
		return new CurrentUser(0L, role.name().toLowerCase() + "-" + district, null, "王科长", EnumSet.of(role),
				district, null, true, true, false);
	}
}
