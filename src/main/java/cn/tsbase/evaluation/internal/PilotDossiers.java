package cn.tsbase.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * National pilot dossiers (全国试点推荐): from a year's published results the municipal bureau builds a dossier for a
 * district it means to recommend (the district's figures counted through the statistics ports), writes the reason,
 * and recommends the district; the district reads its own dossier and adds its application statement while it is a
 * draft. Scoped in every lookup (else "not found"), versioned, audited.
 */
@Service
public class PilotDossiers {

	private final PilotDossierRepository dossiers;
	private final EvaluationRoundRepository rounds;
	private final PilotFiguresCounter counter;
	private final ReferenceData referenceData;
	private final AuditLog audit;
	private final Clock clock;

	PilotDossiers(PilotDossierRepository dossiers, EvaluationRoundRepository rounds, PilotFiguresCounter counter,
			ReferenceData referenceData, AuditLog audit, Clock clock) {
		this.dossiers = dossiers;
		this.rounds = rounds;
		this.counter = counter;
		this.referenceData = referenceData;
		this.audit = audit;
		this.clock = clock;
	}

	/** The years whose results are published, newest first: those a dossier can be built from. */
	@Transactional(readOnly = true)
	public List<Integer> publishedYears() {
		return rounds.findAll()
			.stream()
			.filter(r -> r.getStatus() == RoundStatus.PUBLISHED)
			.map(EvaluationRound::getYear)
			.sorted(java.util.Comparator.reverseOrder())
			.toList();
	}

	@Transactional(readOnly = true)
	public Page<PilotDossierView> list(Integer year, CurrentUser user, Pageable pageable) {
		Specification<PilotDossier> spec = scope(user.scope());
		if (year != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("year"), year));
		}
		return dossiers.findAll(spec, pageable).map(PilotDossier::view);
	}

	@Transactional(readOnly = true)
	public PilotDossierView find(long id, CurrentUser user) {
		return get(id, user.scope()).view();
	}

	/** Builds the district's draft dossier from the year's published results; one per district and year. */
	@Transactional
	public long build(String district, int year, CurrentUser user) {
		if (!referenceData.isActive(ReferenceCategory.DISTRICT, district)) {
			throw new InvalidFieldException("district", "pilot.unknownDistrict", district);
		}
		Optional<EvaluationRound> round = rounds.findByYear(year);
		if (round.isEmpty() || round.get().getStatus() != RoundStatus.PUBLISHED) {
			throw new StateConflictException("pilot.notPublished", "No published results for " + year);
		}
		if (dossiers.existsByDistrictCodeAndYear(district, year)) {
			throw new StateConflictException("pilot.exists", district + " " + year);
		}
		PilotFigures figures = counter.count(district, year);
		PilotDossier dossier = UniqueInserts.once(() -> dossiers.saveAndFlush(new PilotDossier(district, year, figures,
				user.getUsername(), clock.instant())), "pilot.exists", district + " " + year);
		audit.record("PILOT_DOSSIER_CREATED", "PilotDossier", dossier.getId(), AuditOutcome.SUCCESS,
				district + " " + year);
		return dossier.getId();
	}

	@Transactional
	public void writeReason(long id, long version, String reason, CurrentUser user) {
		PilotDossier dossier = current(id, version, user);
		dossier.writeReason(reason);
		audit.record("PILOT_DOSSIER_REASON_SAVED", "PilotDossier", id, AuditOutcome.SUCCESS, null);
	}

	@Transactional
	public void writeStatement(long id, long version, String statement, CurrentUser user) {
		PilotDossier dossier = current(id, version, user);
		dossier.writeStatement(statement, user.getUsername(), clock.instant());
		audit.record("PILOT_DOSSIER_STATEMENT_SAVED", "PilotDossier", id, AuditOutcome.SUCCESS, null);
	}

	/** The district submits its dossier to the municipal bureau (409 without a work plan or when not a draft). */
	@Transactional
	public void submit(long id, long version, CurrentUser user) {
		PilotDossier dossier = current(id, version, user);
		dossier.submit(user.getUsername(), clock.instant());
		audit.record("PILOT_DOSSIER_SUBMITTED", "PilotDossier", id, AuditOutcome.SUCCESS,
				dossier.getDistrictCode() + " " + dossier.getYear());
	}

	/** Recommends the district: the figures are counted again and frozen with the reason and the statement. */
	@Transactional
	public void recommend(long id, long version, CurrentUser user) {
		PilotDossier dossier = current(id, version, user);
		dossier.recommend(counter.count(dossier.getDistrictCode(), dossier.getYear()), user.getUsername(),
				LocalDate.now(clock));
		audit.record("PILOT_DOSSIER_RECOMMENDED", "PilotDossier", id, AuditOutcome.SUCCESS,
				dossier.getDistrictCode() + " " + dossier.getYear());
	}

	/** The dossier for its document; the download is audited. */
	@Transactional
	public PilotDossierView forDocument(long id, CurrentUser user) {
		PilotDossierView view = get(id, user.scope()).view();
		audit.record("PILOT_DOSSIER_DOWNLOADED", "PilotDossier", id, AuditOutcome.SUCCESS, null);
		return view;
	}

	PilotDossier current(long id, long version, CurrentUser user) {
		PilotDossier dossier = get(id, user.scope());
		if (dossier.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(PilotDossier.class, id);
		}
		return dossier;
	}

	PilotDossier get(long id, DataScope scope) {
		Optional<PilotDossier> found = switch (scope.kind()) {
			case ALL -> dossiers.findById(id);
			case DISTRICT -> dossiers.findByIdAndDistrictCode(id, scope.districtCode());
			case UNIT, NONE -> Optional.empty();
		};
		return found.orElseThrow(() -> new NotFoundException("Pilot dossier " + id));
	}

	private static Specification<PilotDossier> scope(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> (root, q, cb) -> cb.conjunction();
			case DISTRICT -> (root, q, cb) -> cb.equal(root.get("districtCode"), scope.districtCode());
			case UNIT, NONE -> (root, q, cb) -> cb.disjunction();
		};
	}
}

interface PilotDossierRepository extends JpaRepository<PilotDossier, Long>, JpaSpecificationExecutor<PilotDossier> {

	Optional<PilotDossier> findByIdAndDistrictCode(Long id, String districtCode);

	boolean existsByDistrictCodeAndYear(String districtCode, int year);

	List<PilotDossier> findByYearAndStatusIn(int year, java.util.Collection<PilotStatus> statuses);
}
