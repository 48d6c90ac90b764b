package cn.tsbase.declaration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.declaration.internal.DeclarationContent;
import cn.tsbase.declaration.internal.DeclarationFiles;
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
	private final DeclarationFiles files;
	private final UnitFixtures units;
	private final Clock clock;

	DeclarationScenarios(DeclarationService declarations, DeclarationFiles files, UnitFixtures units, Clock clock) {
		this.declarations = declarations;
		this.files = files;
		this.units = units;
		this.clock = clock;
	}

	/** A member unit of a zone's declaration. */
	public record Member(String name, String uscc, String contactPerson, String contactPhone) {
	}

	/**
	 * A complete declaration's content as other modules' tests may change it before submission (today: its member
	 * units), without the declaration module's content type.
	 */
	public static final class Content {

		private final DeclarationContent content;

		private Content(DeclarationContent content) {
			this.content = content;
		}

		public Content withMembers(List<Member> members) {
			return new Content(content.withMembers(members.stream()
				.map(m -> new DeclarationContent.MemberUnit(m.name(), m.uscc(), m.contactPerson(), m.contactPhone()))
				.toList()));
		}
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
		return new OpenCall(call.id(), call.title());
	}

	/** A call open now of the publisher (an officer), with everything given. */
	public OpenCall openCall(String title, int year, String requirementsHtml, Instant opensAt, Instant closesAt,
			int quotaPoints, int quotaZones, CurrentUser publisher) {
		var call = declarations.createCall(new NewCall(title, year, EnumSet.allOf(BaseType.class), requirementsHtml,
				opensAt, closesAt, quotaPoints, quotaZones), publisher);
		return new OpenCall(call.id(), call.title());
	}

	/**
	 * A call of the year for both base types, open since yesterday for 30 days, one point and no zone: the district's
	 * own, or the municipal bureau's when the district is null.
	 */
	public OpenCall call(String district, int year) {
		CallView call = openedCall(district, year);
		return new OpenCall(call.id(), call.title());
	}

	/** The same, for the module's own tests: the call itself. */
	CallView openedCall(String district, int year) {
		Instant now = Instant.now();
		CurrentUser publisher = district == null ? officer(Role.MUNICIPAL_OFFICER, null)
				: officer(Role.DISTRICT_OFFICER, district);
		return declarations.createCall(new NewCall("评选测试" + UUID.randomUUID().toString().substring(0, 6), year,
				EnumSet.allOf(BaseType.class), "要求", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 1, 0),
				publisher);
	}

	/** A newly registered unit of the district starts, completes and submits its declaration to the call. */
	public Submitted submit(long callId, String unitName, String district, BaseType type) {
		return submit(callId, units.register(unitName, district), type, UnaryOperator.identity());
	}

	/** The unit starts, completes (changed as the test needs) and submits its declaration to the call. */
	public Submitted submit(long callId, UnitFixtures.RegisteredUnit registered, BaseType type,
			UnaryOperator<Content> change) {
		CurrentUser user = unitUser(registered);
		DeclarationView draft = declarations.start(callId, type, user);
		DeclarationView complete = declarations.saveDraft(draft.id(), draft.version(),
				c -> change.apply(new Content(DeclarationFixtures.complete(c, type))).content, user);
		DeclarationView submitted = submitCurrent(complete.id(), user);
		return new Submitted(submitted.id(), registered.unit().getId(), user);
	}

	/** The unit's draft completed (every section filled); its id. */
	public long complete(long declarationId, BaseType type, CurrentUser unit) {
		return declarations.saveDraft(declarationId, declarations.get(declarationId, unit.scope()).version(),
				c -> DeclarationFixtures.complete(c, type), unit).id();
	}

	/** The unit submits its complete draft (or its corrected declaration) as it is now. */
	public void submit(long declarationId, CurrentUser unit) {
		submitCurrent(declarationId, unit);
	}

	private DeclarationView submitCurrent(long declarationId, CurrentUser unit) {
		return declarations.submit(declarationId, declarations.get(declarationId, unit.scope()).version(),
				"t-" + UUID.randomUUID(), "张三", LocalDate.now(), unit);
	}

	/** The unit attaches a file of evidence to a section of its draft. */
	public void attach(long declarationId, Section section, String fileName, byte[] file, CurrentUser unit) {
		files.attach(declarationId, section, fileName, new ByteArrayInputStream(file), unit);
	}

	/** The district officer returns the declaration for correction with the reasons. */
	public void returnForCorrection(long declarationId, Map<Section, String> reasons, CurrentUser officer) {
		declarations.returnForCorrection(declarationId, version(declarationId), reasons, officer);
	}

	/** The district officer decides on the declaration. */
	public void decide(long declarationId, boolean recommended, String reason, CurrentUser officer) {
		declarations.decide(declarationId, version(declarationId), recommended, reason, officer);
	}

	/** A unit as logged in: its account and the APPLICANT role. */
	public static CurrentUser unitUser(UnitFixtures.RegisteredUnit registered) {
		return new CurrentUser(0L, registered.username(), null, "单位", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false);
	}

	/** The unit starts a declaration to the call: the draft's id. */
	public long start(long callId, BaseType type, CurrentUser unit) {
		return declarations.start(callId, type, unit).id();
	}

	/** The declaration as the district sees it now (its status and version). */
	public DeclarationSummary current(long declarationId) {
		return declarations.find(declarationId, ALL).orElseThrow();
	}

	public long version(long declarationId) {
		return current(declarationId).version();
	}

	/** The version of the declaration as its reader (e.g. the unit, for its draft) sees it now. */
	public long version(long declarationId, CurrentUser reader) {
		return declarations.get(declarationId, reader.scope()).version();
	}

	public DeclarationStatus status(long declarationId) {
		return current(declarationId).status();
	}

	static CurrentUser officer(Role role, String district) {
		return new CurrentUser(0L, role.name().toLowerCase() + "-" + district, null, "王科长", EnumSet.of(role),
				district, null, true, true, false);
	}
}
