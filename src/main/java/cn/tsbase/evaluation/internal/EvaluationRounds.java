package cn.tsbase.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseView;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.EvaluationResultsPublished;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * The year's evaluation rounds: the municipal bureau opens one (an evaluation for every active base designated
 * before the date, each under its type's indicator system, which is frozen from then on), applies the 优秀 cap once
 * every district has proposed, and publishes the results under a document number.
 */
@Service
public class EvaluationRounds {

	private static final DataScope ALL = new DataScope(DataScope.Kind.ALL, null, null);

	private final EvaluationRoundRepository rounds;
	private final EvaluationRepository evaluations;
	private final IndicatorSystems systems;
	private final BaseManagement bases;
	private final AuditLog audit;
	private final Clock clock;

	EvaluationRounds(EvaluationRoundRepository rounds, EvaluationRepository evaluations, IndicatorSystems systems,
			BaseManagement bases, AuditLog audit, Clock clock) {
		this.rounds = rounds;
		this.evaluations = evaluations;
		this.systems = systems;
		this.bases = bases;
		this.audit = audit;
		this.clock = clock;
	}

	public int currentYear() {
		return LocalDate.now(clock).getYear();
	}

	/** What the municipal bureau enters to open a round. */
	public record Opening(int year, LocalDate designatedBefore, LocalDate selfDeadline, LocalDate districtDeadline,
			long pointSystemId, long zoneSystemId) {
	}

	/** Opens the year's round; a year has one round. Returns the round's id. */
	@Transactional
	public long open(Opening opening, String by) {
		if (rounds.existsByYear(opening.year())) {
			throw new StateConflictException("evaluation.round.exists", "Round " + opening.year() + " exists");
		}
		systems.putInUse(opening.pointSystemId(), BaseType.POINT);
		systems.putInUse(opening.zoneSystemId(), BaseType.ZONE);
		EvaluationRound round = rounds.save(new EvaluationRound(opening.year(), opening.designatedBefore(),
				opening.selfDeadline(), opening.districtDeadline(), opening.pointSystemId(), opening.zoneSystemId(), by,
				clock.instant()));
		int created = 0;
		Pageable page = PageRequest.of(0, 500, Sort.by("id"));
		while (true) {
			Page<BaseView> batch = bases.inScope(ALL, page);
			List<Evaluation> toSave = new ArrayList<>();
			for (BaseView base : batch) {
				if (!base.documentDate().isBefore(opening.designatedBefore())) {
					continue;
				}
				toSave.add(new Evaluation(round.getId(), base.id(), base.unitId(), base.unitName(), base.districtCode(),
						base.baseType(),
						base.baseType() == BaseType.ZONE ? opening.zoneSystemId() : opening.pointSystemId()));
			}
			evaluations.saveAll(toSave);
			created += toSave.size();
			if (!batch.hasNext()) {
				break;
			}
			page = batch.nextPageable();
		}
		audit.record(by, "EVALUATION_ROUND_OPENED", "EvaluationRound", round.getId(), AuditOutcome.SUCCESS,
				opening.year() + ": " + created);
		return round.getId();
	}

	/** The rounds, newest first, with counts in the caller's scope (units see none: they use their evaluations). */
	@Transactional(readOnly = true)
	public Page<RoundView> list(CurrentUser user, Pageable pageable) {
		return rounds.findAll(pageable).map(r -> view(r, user.scope()));
	}

	@Transactional(readOnly = true)
	public RoundView find(long id, CurrentUser user) {
		return view(get(id), user.scope());
	}

	/**
	 * Grades every evaluation of the round through its indicator system's policy (thresholds, veto items, the 优秀
	 * cap); refused while a district has not proposed every base. May be repeated until publication.
	 */
	@Transactional
	public List<EvaluationView> applyCap(long id, long version, CurrentUser user) {
		EvaluationRound round = current(id, version);
		round.requireOpen();
		List<Evaluation> all = evaluations.findByRoundId(id);
		long pending = all.stream().filter(e -> e.getStatus() != EvaluationStatus.PROPOSED).count();
		if (pending > 0 || all.isEmpty()) {
			throw new StateConflictException("evaluation.round.notAllProposed", pending + " not proposed");
		}
		Map<Long, List<Evaluation>> bySystem = new HashMap<>();
		all.forEach(e -> bySystem.computeIfAbsent(e.getSystemId(), k -> new ArrayList<>()).add(e));
		int capped = 0;
		for (Map.Entry<Long, List<Evaluation>> group : bySystem.entrySet()) {
			GradingPolicy policy = systems.get(group.getKey()).policy();
			List<Evaluation> list = group.getValue();
			List<GradingPolicy.Result> results = policy.grade(list.stream()
				.map(e -> new GradingPolicy.Candidate(e.getId(), e.getDistrictCode(), e.getFinalTotal(),
						e.failsRegardless()))
				.toList());
			for (int i = 0; i < list.size(); i++) {
				GradingPolicy.Result result = results.get(i);
				list.get(i).grade(result.grade(), capNote(result.capReason()));
				if (result.capped()) {
					capped++;
				}
			}
		}
		audit.record("EVALUATION_CAP_APPLIED", "EvaluationRound", id, AuditOutcome.SUCCESS,
				all.size() + " graded, " + capped + " outside the cap");
		return all.stream().map(e -> Evaluations.view(e, round)).toList();
	}

	/** Publishes the results: every evaluation must carry its grade after the cap. */
	@Transactional
	public void publish(long id, long version, String documentNumber, CurrentUser user) {
		EvaluationRound round = current(id, version);
		round.requireOpen();
		List<Evaluation> all = evaluations.findByRoundId(id);
		if (all.isEmpty() || all.stream().anyMatch(e -> e.getFinalGrade() == null)) {
			throw new StateConflictException("evaluation.round.notGraded", "Round " + id + " not graded");
		}
		LocalDate today = LocalDate.now(clock);
		List<EvaluationResultsPublished.Result> results = new ArrayList<>();
		for (Evaluation e : all) {
			e.publish();
			results.add(new EvaluationResultsPublished.Result(e.getId(), e.getBaseId(), e.getUnitId(),
					e.getDistrictCode(), e.getFinalGrade()));
		}
		round.publish(documentNumber, today, results);
		audit.record("EVALUATION_RESULTS_PUBLISHED", "EvaluationRound", id, AuditOutcome.SUCCESS,
				documentNumber + ": " + all.size());
		rounds.saveAndFlush(round);
	}

	/** The published results of the round for its official notice, best grade and highest total first. */
	@Transactional(readOnly = true)
	public List<EvaluationView> results(long id) {
		EvaluationRound round = get(id);
		if (round.getStatus() != RoundStatus.PUBLISHED) {
			throw new StateConflictException("evaluation.round.notPublished", "Round " + id + " not published");
		}
		return evaluations.findByRoundId(id)
			.stream()
			.sorted(java.util.Comparator.comparing(Evaluation::getFinalGrade)
				.thenComparing(Evaluation::getFinalTotal, java.util.Comparator.reverseOrder())
				.thenComparing(Evaluation::getUnitName))
			.map(e -> Evaluations.view(e, round))
			.toList();
	}

	EvaluationRound get(long id) {
		return rounds.findById(id).orElseThrow(() -> new NotFoundException("Round " + id));
	}

	private EvaluationRound current(long id, long version) {
		EvaluationRound round = get(id);
		if (round.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(EvaluationRound.class, id);
		}
		return round;
	}

	static String capNote(GradingPolicy.CapReason reason) {
		return reason == null ? null
				: reason.rank() + "," + reason.places() + "," + reason.groupSize() + "," + reason.tied();
	}

	static GradingPolicy.CapReason capReason(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		String[] parts = note.split(",");
		return new GradingPolicy.CapReason(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
				Integer.parseInt(parts[2]), Boolean.parseBoolean(parts[3]));
	}

	private RoundView view(EvaluationRound r, DataScope scope) {
		List<Object[]> rows = switch (scope.kind()) {
			case ALL -> evaluations.countByStatus(r.getId());
			case DISTRICT -> evaluations.countByStatus(r.getId(), scope.districtCode());
			case UNIT, NONE -> List.of();
		};
		Map<EvaluationStatus, Long> counts = new EnumMap<>(EvaluationStatus.class);
		for (Object[] row : rows) {
			counts.put((EvaluationStatus) row[0], ((Number) row[1]).longValue());
		}
		return new RoundView(r.getId(), r.getYear(), r.getDesignatedBefore(), r.getSelfDeadline(),
				r.getDistrictDeadline(), r.getPointSystemId(), r.getZoneSystemId(), r.getStatus(),
				r.getDocumentNumber(), r.getPublishedOn(), r.getOpenedBy(), r.getOpenedAt(), r.getVersion(), counts,
				r.getMissedSelfRule());
	}

}
