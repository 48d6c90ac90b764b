package cn.tsbase.operation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.DeclarationStandards;
import cn.tsbase.declaration.DeclaredStandards;
import cn.tsbase.base.BaseDesignated;
import cn.tsbase.operation.LiaisonChangeRequested;
import cn.tsbase.operation.internal.ProfileParts.Leadership;
import cn.tsbase.operation.internal.ProfileParts.Liaison;
import cn.tsbase.operation.internal.ProfileParts.Office;
import cn.tsbase.operation.internal.ProfileParts.Rules;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.shared.Masking;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * The base profiles (示范基地档案): opened at designation, read within the caller's scope, edited by the unit's own
 * people standard by standard, the liaison officer confirmed by the district. Every change is a revision and an audit
 * entry.
 */
@Service
public class BaseProfiles {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	private static final Logger log = LoggerFactory.getLogger(BaseProfiles.class);
	private static final DataScope SYSTEM = new DataScope(DataScope.Kind.ALL, null, null);

	private final BaseProfileRepository profiles;
	private final ProfileRevisionRepository revisions;
	private final OrganizationManagement organization;
	private final DeclarationStandards declarations;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	BaseProfiles(BaseProfileRepository profiles, ProfileRevisionRepository revisions,
			OrganizationManagement organization, DeclarationStandards declarations, ApplicationEventPublisher events,
			AuditLog audit, Clock clock) {
		this.declarations = declarations;
		this.profiles = profiles;
		this.revisions = revisions;
		this.organization = organization;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(BaseDesignated designated) {
		open(designated);
	}

	/**
	 * Opens the profile of a designated base, once (a replayed event changes nothing), prefilled with what the
	 * platform knows: the standards the unit declared in the declaration that made it a base, and as the liaison
	 * officer the one it declared, else its registered contact person.
	 */
	@Transactional
	public boolean open(BaseDesignated designated) {
		if (profiles.existsByBaseId(designated.baseId())) {
			return false;
		}
		Liaison liaison = organization.profile(designated.unitId(), SYSTEM)
			.map(unit -> new Liaison(unit.contactPerson(), unit.contactTitle(), unit.contactMobile(),
					unit.contactEmail()))
			.orElse(null);
		DeclaredStandards declared = declarations.ofDeclaration(designated.declarationId()).orElse(null);
		if (declared != null && declared.liaisonName() != null && !declared.liaisonName().isBlank()
				&& declared.liaisonPhone() != null && !declared.liaisonPhone().isBlank()) {
			liaison = new Liaison(declared.liaisonName().strip(), declared.liaisonTitle(), declared.liaisonPhone().strip(),
					liaison == null ? null : liaison.email());
		}
		profiles.save(BaseProfile.opened(designated, declared, liaison, clock.instant()));
		audit.record("system", "BASE_PROFILE_OPENED", "DemonstrationBase", designated.baseId(), AuditOutcome.SUCCESS,
				designated.unitName());
		log.debug("Profile opened for base {}", designated.baseId());
		return true;
	}

	/** The profile and its latest revisions, if the base lies inside the caller's scope. */
	@Transactional(readOnly = true)
	public ProfileView find(long baseId, CurrentUser user) {
		return view(get(baseId, user.scope()), user);
	}

	@Transactional(readOnly = true)
	public List<ProfileView.Revision> revisions(long baseId, CurrentUser user) {
		BaseProfile profile = get(baseId, user.scope());
		return revisions.findTop50ByProfileIdOrderByRevisionDesc(profile.getId())
			.stream()
			.map(r -> new ProfileView.Revision(r.getRevision(), r.getStandard(), r.getFieldList(), r.getChangedBy(),
					r.getChangedAt(), r.getRevision() > profile.getDistrictSeenRevision()))
			.toList();
	}

	/** The profiles inside the caller's scope, paged in the database (one query for the page, one to count). */
	@Transactional(readOnly = true)
	public Page<ProfileView> list(CurrentUser user, Pageable pageable) {
		return profiles.findAllInScope(user.scope(), pageable).map(p -> view(p, user));
	}

	@Transactional
	public void updateLeadership(long baseId, long expectedVersion, Leadership leadership, CurrentUser user) {
		BaseProfile profile = editable(baseId, expectedVersion, user);
		record(profile, profile.updateLeadership(leadership, user.getUsername(), clock.instant()));
	}

	@Transactional
	public void updateOffice(long baseId, long expectedVersion, Office office, CurrentUser user) {
		BaseProfile profile = editable(baseId, expectedVersion, user);
		record(profile, profile.updateOffice(office, user.getUsername(), clock.instant()));
	}

	@Transactional
	public void updateRules(long baseId, long expectedVersion, Rules rules, CurrentUser user) {
		BaseProfile profile = editable(baseId, expectedVersion, user);
		record(profile, profile.updateRules(rules, user.getUsername(), clock.instant()));
	}

	/** Names a new liaison officer; the district is told and confirms. */
	@Transactional
	public void requestLiaison(long baseId, long expectedVersion, Liaison liaison, CurrentUser user) {
		BaseProfile profile = editable(baseId, expectedVersion, user);
		ProfileRevision revision = profile.requestLiaison(liaison, user.getUsername(), clock.instant());
		record(profile, revision);
		if (revision != null && profile.pendingLiaison() != null) {
			events.publishEvent(new LiaisonChangeRequested(baseId, profile.getUnitId(), profile.getUnitName(),
					profile.getDistrictCode()));
		}
	}

	/** The district officer of the base's district confirms the pending liaison officer. */
	@Transactional
	public void confirmLiaison(long baseId, long expectedVersion, CurrentUser officer) {
		BaseProfile profile = districtOwned(baseId, expectedVersion, officer);
		record(profile, profile.confirmLiaison(officer.getUsername(), clock.instant()));
		audit.record("LIAISON_CONFIRMED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS, null);
	}

	/** The district officer has seen the profile's changes so far. */
	@Transactional
	public void markSeen(long baseId, CurrentUser officer) {
		BaseProfile profile = get(baseId, districtScope(officer));
		profile.markSeenByDistrict();
	}

	/** An accepted plan fulfils the annual-plan standard for its year. */
	@Transactional
	void planAccepted(long baseId, int year) {
		profiles.findByBaseId(baseId).ifPresent(p -> p.planAccepted(year));
	}

	int currentYear() {
		return Instant.now(clock).atZone(BEIJING).getYear();
	}

	Optional<BaseProfile> findInScope(long baseId, DataScope scope) {
		return profiles.findInScope(baseId, scope);
	}

	BaseProfile get(long baseId, DataScope scope) {
		return profiles.findInScope(baseId, scope).orElseThrow(() -> new NotFoundException("Base profile " + baseId));
	}

	/** Only the unit's own people edit; anyone else finds nothing. */
	private BaseProfile editable(long baseId, long expectedVersion, CurrentUser user) {
		if (!(user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) || user.getUnitId() == null) {
			throw new NotFoundException("Base profile " + baseId);
		}
		BaseProfile profile = get(baseId, new DataScope(DataScope.Kind.UNIT, null, user.getUnitId()));
		checkVersion(profile, expectedVersion);
		return profile;
	}

	private BaseProfile districtOwned(long baseId, long expectedVersion, CurrentUser officer) {
		BaseProfile profile = get(baseId, districtScope(officer));
		checkVersion(profile, expectedVersion);
		return profile;
	}

	static DataScope districtScope(CurrentUser officer) {
		if (!officer.hasRole(Role.DISTRICT_OFFICER) || officer.getDistrictCode() == null) {
			return DataScope.NONE;
		}
		return new DataScope(DataScope.Kind.DISTRICT, officer.getDistrictCode(), null);
	}

	private static void checkVersion(BaseProfile profile, long expectedVersion) {
		if (profile.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(BaseProfile.class, profile.getBaseId());
		}
	}

	private void record(BaseProfile profile, ProfileRevision revision) {
		if (revision == null) {
			return;
		}
		revisions.save(revision);
		audit.record("BASE_PROFILE_CHANGED", "DemonstrationBase", profile.getBaseId(), AuditOutcome.SUCCESS,
				revision.getStandard() + ": " + revision.getFields());
	}

	private ProfileView view(BaseProfile p, CurrentUser user) {
		boolean fullContact = user.hasRole(Role.DISTRICT_OFFICER) || user.hasRole(Role.APPLICANT)
				|| user.hasRole(Role.LIAISON);
		return new ProfileView(p.getBaseId(), p.getUnitName(), p.getDistrictCode(), p.getBaseType(), p.getBatchYear(),
				p.leadership(), p.office(), p.rules(), contact(p.liaison(), fullContact),
				contact(p.pendingLiaison(), fullContact), p.getPendingLiaisonBy(), p.getPendingLiaisonAt(),
				p.missingStandards(currentYear()), p.getAcceptedPlanYear(), p.getRevision(),
				p.getDistrictSeenRevision(), p.getUpdatedAt(), p.getUpdatedBy(), p.getVersion());
	}

	private static Liaison contact(Liaison liaison, boolean full) {
		if (liaison == null || full) {
			return liaison;
		}
		return new Liaison(liaison.name(), liaison.title(), Masking.phone(liaison.phone()), liaison.email());
	}
}
