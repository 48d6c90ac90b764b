package cn.tsbase.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.AccountRejectedException;
import cn.tsbase.account.FieldProblem;
import cn.tsbase.account.NewUnitAccount;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.RegistrationRefused;
import cn.tsbase.organization.UnitProfile;
import cn.tsbase.organization.UnitProfileChanged;
import cn.tsbase.organization.UnitRegistered;
import cn.tsbase.organization.UnitRevisionView;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.organization.UnitView;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * Registration, profiles and the registry. Every read takes the caller's {@link DataScope} into the query; a unit
 * outside it is "not found".
 */
@Service
public class OrganizationService implements OrganizationManagement {

	private final UnitRepository units;
	private final UnitRevisionRepository revisions;
	private final AccountManagement accounts;
	private final ReferenceData referenceData;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;

	OrganizationService(UnitRepository units, UnitRevisionRepository revisions, AccountManagement accounts,
			ReferenceData referenceData, ApplicationEventPublisher events, AuditLog audit,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.revisions = revisions;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a unit with its first account, all or nothing (the demo data and the platform's own callers).
	 *
	 * @throws RegistrationRejectedException with every problem found, per field, a taken code or username included;
	 *             nothing is stored
	 */
	@Transactional(rollbackFor = RegistrationRejectedException.class)
	public UnitView register(Registration registration) {
		List<FieldProblem> problems = new ArrayList<>(formProblems(registration));
		problems.addAll(existenceProblems(registration));
		if (!problems.isEmpty()) {
			throw new RegistrationRejectedException(problems);
		}
		return create(registration).view();
	}

	/**
	 * The public self-service registration (form and API). Problems of the form itself are thrown; whether the code
	 * or the username is taken is not: the registration is then not carried out, a {@link RegistrationRefused} event
	 * tells the contact by mail, and the caller sees the same as after a successful registration. The refusal hashes
	 * the password like a registration does, so that it takes about as long.
	 *
	 * @return the new unit, or empty when the code or the username is taken
	 * @throws RegistrationRejectedException with the form's problems (never whether something exists, except when
	 *             two registrations race for the same code or username: see
	 *             {@link RegistrationRejectedException#revealsExistence()}); nothing is stored
	 */
	@Transactional(rollbackFor = RegistrationRejectedException.class)
	public Optional<UnitView> registerSelf(Registration registration) {
		List<FieldProblem> problems = formProblems(registration);
		if (!problems.isEmpty()) {
			throw new RegistrationRejectedException(problems);
		}
		List<FieldProblem> taken = existenceProblems(registration);
		if (taken.isEmpty()) {
			return Optional.of(create(registration).view());
		}
		passwordEncoder.encode(registration.rawPassword());
		String code = Uscc.parse(registration.uscc()).uscc().get().value();
		boolean codeTaken = taken.stream().anyMatch(p -> "uscc".equals(p.field()));
		boolean usernameTaken = taken.stream().anyMatch(p -> "username".equals(p.field()));
		Long existingUnitId = codeTaken ? units.findByUscc(code).map(Unit::getId).orElse(null) : null;
		audit.record(registration.username(), "UNIT_REGISTRATION_REFUSED", "Unit", existingUnitId,
				AuditOutcome.FAILURE, (codeTaken ? "code taken " : "") + (usernameTaken ? "username taken" : ""));
		UnitDetails details = registration.details();
		events.publishEvent(new RegistrationRefused(details.contactEmail(), details.contactPerson(), details.name(),
				code, registration.username(), codeTaken, usernameTaken, existingUnitId, clock.instant()));
		return Optional.empty();
	}

	/** What is wrong with the registration itself: everything except whether its code or username is taken. */
	private List<FieldProblem> formProblems(Registration registration) {
		List<FieldProblem> problems = new ArrayList<>();
		Uscc.Result code = Uscc.parse(registration.uscc());
		if (!code.valid()) {
			problems.add(new FieldProblem("uscc", code.problem().messageKey(), code.arguments()));
		}
		if (!referenceData.isActive(ReferenceCategory.DISTRICT, registration.districtCode())) {
			problems.add(new FieldProblem("districtCode", "validation.reference.unknown"));
		}
		problems.addAll(checkReferences(registration.details()));
		accounts.checkNewCredentials(registration.username(), registration.rawPassword())
			.stream()
			.filter(p -> !RegistrationRejectedException.EXISTENCE.contains(p.messageKey()))
			.forEach(problems::add);
		return problems;
	}

	/** Whether the (valid) code or the username is taken. */
	private List<FieldProblem> existenceProblems(Registration registration) {
		List<FieldProblem> problems = new ArrayList<>();
		Uscc.Result code = Uscc.parse(registration.uscc());
		if (code.valid() && units.existsByUscc(code.uscc().get().value())) {
			problems.add(new FieldProblem("uscc", "unit.uscc.taken"));
		}
		accounts.checkNewCredentials(registration.username(), registration.rawPassword())
			.stream()
			.filter(p -> RegistrationRejectedException.EXISTENCE.contains(p.messageKey()))
			.forEach(problems::add);
		return problems;
	}

	private Unit create(Registration registration) {
		Uscc code = Uscc.parse(registration.uscc()).uscc().get();
		Instant now = clock.instant();
		Unit unit = new Unit(code, registration.districtCode(), registration.details(), now);
		try {
			units.saveAndFlush(unit);
		}
		catch (DataIntegrityViolationException duplicate) {
			throw new RegistrationRejectedException(List.of(new FieldProblem("uscc", "unit.uscc.taken")));
		}
		try {
			UnitDetails details = registration.details();
			accounts.createUnitAccount(new NewUnitAccount(registration.username(), registration.rawPassword(),
					details.contactPerson(), details.contactEmail(), details.contactMobile(), unit.getId(),
					unit.getDistrictCode(), Role.APPLICANT));
		}
		catch (AccountRejectedException rejected) {
			throw new RegistrationRejectedException(rejected.problems());
		}
		audit.record(registration.username(), "UNIT_REGISTERED", "Unit", unit.getId(), AuditOutcome.SUCCESS,
				"uscc " + unit.getUscc());
		events.publishEvent(new UnitRegistered(unit.getId(), unit.getUscc(), unit.getName(), unit.getDistrictCode(),
				now));
		return unit;
	}

	/**
	 * Adds an account for one of the unit's people (e.g. the liaison officer).
	 *
	 * @throws RegistrationRejectedException when the username is taken or the password breaks the policy
	 */
	@Transactional(rollbackFor = RegistrationRejectedException.class)
	public long addUnitAccount(long unitId, String username, String rawPassword, String displayName, Role role) {
		Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("Unit " + unitId));
		try {
			return accounts.createUnitAccount(new NewUnitAccount(username, rawPassword, displayName,
					unit.getContactEmail(), unit.getContactMobile(), unitId, unit.getDistrictCode(), role));
		}
		catch (AccountRejectedException rejected) {
			throw new RegistrationRejectedException(rejected.problems());
		}
	}

	List<FieldProblem> checkReferences(UnitDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!referenceData.isActive(ReferenceCategory.UNIT_TYPE, details.unitTypeCode())) {
			problems.add(new FieldProblem("unitTypeCode", "validation.reference.unknown"));
		}
		if (!referenceData.isActive(ReferenceCategory.INDUSTRY, details.industryCode())) {
			problems.add(new FieldProblem("industryCode", "validation.reference.unknown"));
		}
		return problems;
	}

	/**
	 * Saves an edit of a unit's profile as a new revision (who, when, each field's old and new value).
	 *
	 * @return the changes made; empty when nothing changed
	 * @throws ObjectOptimisticLockingFailureException when someone else saved the profile in the meantime
	 */
	@Transactional(rollbackFor = RegistrationRejectedException.class)
	public List<FieldChange> updateProfile(long unitId, long expectedVersion, UnitDetails details, DataScope scope,
			String changedBy) {
		Unit unit = units.findOne(UnitSpecifications.within(scope).and((root, q, cb) -> cb.equal(root.get("id"), unitId)))
			.orElseThrow(() -> new NotFoundException("Unit " + unitId));
		if (unit.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Unit.class, unitId);
		}
		List<FieldProblem> problems = checkReferences(details);
		if (!problems.isEmpty()) {
			throw new RegistrationRejectedException(problems);
		}
		List<FieldChange> changes = unit.update(details, clock.instant());
		if (changes.isEmpty()) {
			return changes;
		}
		units.flush();
		int revision = revisions.lastRevision(unitId) + 1;
		revisions.save(new UnitRevision(unitId, revision, changedBy, unit.getUpdatedAt(), changes));
		List<String> fields = changes.stream().map(FieldChange::field).toList();
		events.publishEvent(new UnitProfileChanged(unitId, revision, changedBy, fields));
		return changes;
	}

	@Transactional(readOnly = true)
	public Page<UnitView> search(UnitFilter filter, DataScope scope, Pageable pageable) {
		return units.findAll(UnitSpecifications.within(scope).and(UnitSpecifications.matching(filter)), pageable)
			.map(Unit::view);
	}

	/**
	 * The same list as {@link #search} read by keyset: at most {@code limit} units after the position in the sort (the
	 * id ends the sort), so a unit registered meanwhile never shifts the rows still to come.
	 */
	@Transactional(readOnly = true)
	public Window<UnitView> scroll(UnitFilter filter, DataScope scope, Sort sort, ScrollPosition position,
			int limit) {
		return units
			.findBy(UnitSpecifications.within(scope).and(UnitSpecifications.matching(filter)),
					query -> query.sortBy(sort).limit(limit).scroll(position))
			.map(Unit::view);
	}

	@Transactional(readOnly = true)
	public UnitView get(long unitId, DataScope scope) {
		return units.findOne(UnitSpecifications.within(scope).and((root, q, cb) -> cb.equal(root.get("id"), unitId)))
			.map(Unit::view)
			.orElseThrow(() -> new NotFoundException("Unit " + unitId));
	}

	@Transactional(readOnly = true)
	public List<UnitRevisionView> revisions(long unitId, DataScope scope) {
		get(unitId, scope);
		return revisions.findByUnitIdOrderByRevisionDesc(unitId).stream().map(UnitRevision::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UnitSummary> find(long unitId, DataScope scope) {
		return units.findOne(UnitSpecifications.within(scope).and((root, q, cb) -> cb.equal(root.get("id"), unitId)))
			.map(Unit::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UnitProfile> profile(long unitId, DataScope scope) {
		return units.findOne(UnitSpecifications.within(scope).and((root, q, cb) -> cb.equal(root.get("id"), unitId)))
			.map(Unit::profile);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UnitSummary> findByUscc(String uscc) {
		return units.findByUscc(Uscc.normalise(uscc)).map(Unit::summary);
	}
}
