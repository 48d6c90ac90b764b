package cn.tsbase.guidance.internal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * One entry of the district's cultivation pool: read it, change its notes and guidance officer (a registered unit is
 * then assigned to that officer, as when it was added), or take it out of the pool. Only the district officers of the
 * entry's district change it (404 for anyone else); each change carries the version it saw (409 when stale, and the
 * refusal audited). The entry registers the change and the removal, and the audit trail records them from the events.
 */
@Service
public class CultivationPoolEntries {

	private final CultivationEntryRepository entries;
	private final GuidanceOfficerRepository officers;
	private final GuidanceOfficers assignments;
	private final AuditLog audit;
	private final TransactionTemplate refusals;

	CultivationPoolEntries(CultivationEntryRepository entries, GuidanceOfficerRepository officers,
			GuidanceOfficers assignments, AuditLog audit, PlatformTransactionManager transactionManager) {
		this.entries = entries;
		this.officers = officers;
		this.assignments = assignments;
		this.audit = audit;
		this.refusals = new TransactionTemplate(transactionManager);
		this.refusals.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The entry, if it is in the caller's district's pool (any district's for the municipal bureau). */
	@Transactional(readOnly = true)
	public PoolEntryView find(long entryId, CurrentUser user) {
		CultivationEntry entry = user.hasRole(Role.MUNICIPAL_OFFICER) ? entries.findById(entryId).orElse(null)
				: entries.findByIdAndDistrictCode(entryId, readableDistrict(user)).orElse(null);
		if (entry == null) {
			throw new NotFoundException("Cultivation entry " + entryId);
		}
		Long unitId = entry.getUnitId();
		long visits = unitId == null ? 0
				: entries.visitsOf(java.util.List.of(unitId)).stream().mapToLong(r -> ((Number) r[1]).longValue())
					.sum();
		return entry.toView(visits);
	}

	/** Changes the notes and the officer (null: none) of an entry of the district officer's pool. */
	@Transactional
	public void update(long entryId, String notes, Long officerId, long version, CurrentUser user) {
		String district = managedDistrict(user);
		CultivationEntry entry = own(entryId, version, district, "change");
		GuidanceOfficer officer = officerId == null ? null
				: officers.find(officerId, GuidanceScope.district(district))
					.filter(o -> o.toView().active())
					.orElseThrow(() -> new InvalidRequestException("guidance.request.officer.invalid"));
		entry.update(notes == null || notes.isBlank() ? null : notes.strip(), officer);
		entries.saveAndFlush(entry);
		Long unitId = entry.getUnitId();
		if (unitId != null && officer != null && assignments.currentOfficerId(unitId) != officer.getId()) {
			assignments.assignUnit(officer.getId(), entry.getUscc(), user);
		}
	}

	/** Takes an entry out of the district officer's pool (its guidance assignments stay as they are). */
	@Transactional
	public void remove(long entryId, long version, CurrentUser user) {
		CultivationEntry entry = own(entryId, version, managedDistrict(user), "removal");
		entry.remove();
		entries.delete(entry);
		entries.flush();
	}

	private CultivationEntry own(long entryId, long version, String district, String step) {
		CultivationEntry entry = entries.findByIdAndDistrictCode(entryId, district)
			.orElseThrow(() -> new NotFoundException("Cultivation entry " + entryId));
		if (entry.toView(0).version() != version) {
			// the refusal is kept although the step's transaction rolls back
			refusals.executeWithoutResult(s -> audit.record("CULTIVATION_ENTRY_STALE", "CultivationEntry", entryId,
					AuditOutcome.FAILURE, step + " with stale version " + version));
			throw new ObjectOptimisticLockingFailureException(CultivationEntry.class, entryId);
		}
		return entry;
	}

	private static String managedDistrict(CurrentUser user) {
		if (!user.hasRole(Role.DISTRICT_OFFICER) || user.getDistrictCode() == null) {
			throw new NotFoundException("No pool of " + user.getUsername());
		}
		return user.getDistrictCode();
	}

	private static String readableDistrict(CurrentUser user) {
		boolean reads = user.hasRole(Role.DISTRICT_OFFICER) || user.hasRole(Role.IP_OFFICER);
		if (!reads || user.getDistrictCode() == null) {
			throw new NotFoundException("No pool of " + user.getUsername());
		}
		return user.getDistrictCode();
	}
}
