package cn.tsbase.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * The recommended districts' national pilots: one opens for every district the recommendation letter names, then the
 * municipal bureau records each stage with its date and document. The bureau sees all, a district its own (else
 * "not found"); versioned, audited.
 */
@Service
public class DistrictPilots {

	private final DistrictPilotRepository pilots;
	private final AuditLog audit;
	private final Clock clock;

	DistrictPilots(DistrictPilotRepository pilots, AuditLog audit, Clock clock) {
		this.pilots = pilots;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens the pilot of a district the letter recommends (once per dossier). */
	@Transactional
	public void open(long dossierId, String districtCode, int year, LocalDate on, String documentNumber,
			CurrentUser user) {
		if (pilots.existsByDossierId(dossierId)) {
			return;
		}
		DistrictPilot pilot = pilots.saveAndFlush(new DistrictPilot(dossierId, districtCode, year, on, documentNumber,
				user.getUsername(), clock.instant()));
		pilots.saveAndFlush(pilot.recommended());
		audit.record("PILOT_STAGE_RECORDED", "DistrictPilot", pilot.getId(), AuditOutcome.SUCCESS,
				districtCode + " " + year + " " + PilotStage.RECOMMENDED);
	}

	/** The pilots in the caller's scope, newest year first, then by district. */
	@Transactional(readOnly = true)
	public List<DistrictPilotView> list(CurrentUser user) {
		return pilots.findAll(Scopes.<DistrictPilot>of(user.scope()),
				Sort.by(Sort.Direction.DESC, "year").and(Sort.by("districtCode", "id")))
			.stream()
			.map(DistrictPilot::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public DistrictPilotView find(long id, CurrentUser user) {
		return get(id, user.scope()).view();
	}

	/** Records the next stage (409 when it cannot follow, 400 when dated before the last step). */
	@Transactional
	public void record(long id, long version, PilotStage stage, LocalDate on, String documentNumber, String note,
			CurrentUser user) {
		DistrictPilot pilot = get(id, user.scope());
		if (pilot.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(DistrictPilot.class, id);
		}
		pilots.saveAndFlush(pilot.record(stage, on, documentNumber, note, user.getUsername(), clock.instant()));
		audit.record("PILOT_STAGE_RECORDED", "DistrictPilot", id, AuditOutcome.SUCCESS,
				pilot.getDistrictCode() + " " + pilot.getYear() + " " + stage + " " + documentNumber);
	}

	DistrictPilot get(long id, DataScope scope) {
		Optional<DistrictPilot> found = Scopes.find(scope, id, pilots::findById,
				district -> pilots.findByIdAndDistrictCode(id, district), unit -> Optional.empty());
		return found.orElseThrow(() -> new NotFoundException("District pilot " + id));
	}
}

interface DistrictPilotRepository
		extends JpaRepository<DistrictPilot, Long>, JpaSpecificationExecutor<DistrictPilot> {

	Optional<DistrictPilot> findByIdAndDistrictCode(Long id, String districtCode);

	boolean existsByDossierId(long dossierId);

	List<DistrictPilot> findByStageIn(java.util.Collection<PilotStage> stages);
}
