package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.calendar.WorkingCalendar;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * One base's evaluation, step by step: the base writes and submits its self-evaluation, the district scores, asks
 * for a supplement (补正, a deadline in working days) or proposes, the municipal bureau records site checks and
 * adjusts scores with a reason. Every lookup carries the caller's scope (else "not found"), every change the form's
 * version, every step an audit entry.
 */
@Service
public class Evaluations {

	/** Working days a base has to supplement its self-evaluation unless the district says otherwise. */
	public static final int DEFAULT_SUPPLEMENT_DAYS = 5;

	private final EvaluationRepository evaluations;
	private final EvaluationRoundRepository rounds;
	private final IndicatorSystems systems;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;
	private final Prefill prefill;

	Evaluations(EvaluationRepository evaluations, EvaluationRoundRepository rounds, IndicatorSystems systems,
			WorkingCalendar calendar, AuditLog audit, Clock clock, Prefill prefill) {
		this.evaluations = evaluations;
		this.rounds = rounds;
		this.systems = systems;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.prefill = prefill;
	}

	/** Filters of an evaluation list; all optional. */
	public record Filter(Long roundId, String district, EvaluationStatus status, Grade grade) {
	}

	/** The evaluations in the caller's scope, paged in the database. */
	@Transactional(readOnly = true)
	public Page<EvaluationView> list(Filter filter, CurrentUser user, Pageable pageable) {
		DataScope scope = user.scope();
		Specification<Evaluation> spec = switch (scope.kind()) {
			case ALL -> (root, q, cb) -> cb.conjunction();
			case DISTRICT -> (root, q, cb) -> cb.equal(root.get("districtCode"), scope.districtCode());
			case UNIT -> (root, q, cb) -> cb.equal(root.get("unitId"), scope.unitId());
			case NONE -> (root, q, cb) -> cb.disjunction();
		};
		if (filter.roundId() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("roundId"), filter.roundId()));
		}
		if (filter.district() != null && !filter.district().isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), filter.district()));
		}
		if (filter.status() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.grade() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("finalGrade"), filter.grade()));
		}
		Map<Long, EvaluationRound> roundCache = new java.util.HashMap<>();
		return evaluations.findAll(spec, pageable)
			.map(e -> view(e, roundCache.computeIfAbsent(e.getRoundId(), id -> rounds.findById(id).orElseThrow())));
	}

	/** The evaluation, if it lies inside the caller's scope. */
	@Transactional(readOnly = true)
	public EvaluationView find(long id, CurrentUser user) {
		Evaluation e = get(id, user.scope());
		return view(e, round(e));
	}

	/** The indicator system the evaluation is scored against. */
	@Transactional(readOnly = true)
	public SystemView system(EvaluationView evaluation) {
		return systems.find(evaluation.systemId());
	}

	/**
	 * The platform's figure per indicator with a data source, by indicator code (absent where the source has no figure
	 * for this base), read within the reader's scope.
	 */
	@Transactional(readOnly = true)
	public Map<String, PrefillFigure> figures(EvaluationView evaluation, IndicatorModel content, CurrentUser user) {
		java.util.Set<DataSource> sources = java.util.EnumSet.noneOf(DataSource.class);
		for (IndicatorModel.Indicator indicator : content.indicators()) {
			if (indicator.dataSource() != null) {
				sources.add(DataSource.of(indicator.dataSource()));
			}
		}
		Map<DataSource, PrefillFigure> found = prefill.figures(sources, evaluation.baseId(), evaluation.year(),
				user.scope());
		Map<String, PrefillFigure> figures = new java.util.LinkedHashMap<>();
		for (IndicatorModel.Indicator indicator : content.indicators()) {
			PrefillFigure figure = indicator.dataSource() == null ? null
					: found.get(DataSource.of(indicator.dataSource()));
			if (figure != null) {
				figures.put(indicator.code(), figure);
			}
		}
		return figures;
	}

	@Transactional
	public void writeSelf(long id, long version, Map<String, SelfAndDistrictInputs.Self> inputs, CurrentUser user) {
		Evaluation e = current(id, version, user);
		e.writeSelfEvaluation(content(e), SelfAndDistrictInputs.selfInputs(inputs));
		audit.record("SELF_EVALUATION_SAVED", "Evaluation", id, AuditOutcome.SUCCESS, null);
	}

	@Transactional
	public void submitSelf(long id, long version, CurrentUser user) {
		Evaluation e = current(id, version, user);
		e.submitSelfEvaluation(content(e), clock.instant());
		audit.record("SELF_EVALUATION_SUBMITTED", "Evaluation", id, AuditOutcome.SUCCESS,
				"self total " + e.getSelfTotal());
		evaluations.saveAndFlush(e);
	}

	@Transactional
	public void score(long id, long version, Map<String, SelfAndDistrictInputs.District> inputs, CurrentUser user) {
		Evaluation e = current(id, version, user);
		e.score(content(e), SelfAndDistrictInputs.districtInputs(inputs));
		audit.record("EVALUATION_SCORED", "Evaluation", id, AuditOutcome.SUCCESS, inputs.size() + " indicators");
	}

	/** Asks the base to supplement within the given working days (counted from tomorrow on the official calendar). */
	@Transactional
	public LocalDate requestSupplement(long id, long version, String reason, int workingDays, CurrentUser user) {
		Evaluation e = current(id, version, user);
		LocalDate deadline = calendar.lastDayOf(LocalDate.now(clock).plusDays(1), workingDays);
		e.requestSupplement(reason, deadline);
		audit.record("EVALUATION_SUPPLEMENT_REQUESTED", "Evaluation", id, AuditOutcome.SUCCESS, "until " + deadline);
		evaluations.saveAndFlush(e);
		return deadline;
	}

	@Transactional
	public Grade propose(long id, long version, CurrentUser user) {
		Evaluation e = current(id, version, user);
		IndicatorSystem system = systems.get(e.getSystemId());
		Grade grade = e.propose(systems.content(system), system.thresholds(), clock.instant());
		audit.record("EVALUATION_PROPOSED", "Evaluation", id, AuditOutcome.SUCCESS,
				e.getDistrictTotal() + " " + grade);
		evaluations.saveAndFlush(e);
		return grade;
	}

	@Transactional
	public void recordSiteCheck(long id, long version, LocalDate on, String findings, CurrentUser user) {
		Evaluation e = current(id, version, user);
		e.recordSiteCheck(on, findings);
		audit.record("EVALUATION_SITE_CHECKED", "Evaluation", id, AuditOutcome.SUCCESS, "on " + on);
	}

	@Transactional
	public void adjust(long id, long version, String code, BigDecimal score, boolean vetoFailed, String reason,
			CurrentUser user) {
		Evaluation e = current(id, version, user);
		e.adjust(content(e), code, score, vetoFailed, reason);
		audit.record("EVALUATION_ADJUSTED", "Evaluation", id, AuditOutcome.SUCCESS, code + " → " + score);
	}

	private IndicatorModel content(Evaluation e) {
		return systems.content(systems.get(e.getSystemId()));
	}

	private EvaluationRound round(Evaluation e) {
		return rounds.findById(e.getRoundId()).orElseThrow();
	}

	private Evaluation current(long id, long version, CurrentUser user) {
		Evaluation e = get(id, user.scope());
		round(e).requireOpen();
		if (e.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Evaluation.class, id);
		}
		return e;
	}

	Evaluation get(long id, DataScope scope) {
		Optional<Evaluation> found = switch (scope.kind()) {
			case ALL -> evaluations.findById(id);
			case DISTRICT -> evaluations.findByIdAndDistrictCode(id, scope.districtCode());
			case UNIT -> evaluations.findByIdAndUnitId(id, scope.unitId());
			case NONE -> Optional.empty();
		};
		return found.orElseThrow(() -> new NotFoundException("Evaluation " + id));
	}

	static EvaluationView view(Evaluation e, EvaluationRound round) {
		return new EvaluationView(e.getId(), e.getRoundId(), round.getYear(), e.getBaseId(), e.getUnitId(),
				e.getUnitName(), e.getDistrictCode(), e.getBaseType(), e.getSystemId(), e.getStatus(), e.getItems(),
				e.getSelfTotal(), e.getDistrictTotal(), e.getFinalTotal(), e.isVetoFailed(), e.getProposedGrade(),
				e.getFinalGrade(), EvaluationRounds.capReason(e.getCapNote()), e.getAdjustmentReason(),
				e.getSupplementReason(), e.getSupplementDeadline(), e.getSiteCheckFindings(), e.getSiteCheckedOn(),
				e.getSubmittedAt(), e.getProposedAt(), round.getSelfDeadline(), e.getSelfMissed(), e.getVersion());
	}
}
