package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.indicators.GradeThresholds;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The municipal bureau's indicator systems: the platform's default for a year, copies for a new year, edits of a
 * draft's indicators and grading; a version in use is frozen. Every change is audited.
 */
@Service
public class IndicatorSystems {

	private final IndicatorSystemRepository systems;
	private final AuditLog audit;
	private final JsonMapper json;
	private final Clock clock;

	IndicatorSystems(IndicatorSystemRepository systems, AuditLog audit, JsonMapper json, Clock clock) {
		this.systems = systems;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<SystemView> list(Integer year, Pageable pageable) {
		Page<IndicatorSystem> page = year == null ? systems.findAll(pageable) : systems.findByYear(year, pageable);
		return page.map(this::view);
	}

	@Transactional(readOnly = true)
	public SystemView find(long id) {
		return view(get(id));
	}

	@Transactional(readOnly = true)
	public List<SystemView> ofYear(int year, BaseType type) {
		return systems.findByYearAndBaseTypeOrderByIdDesc(year, type).stream().map(this::view).toList();
	}

	/** Creates the platform's default system for the year and type (once; a second call returns the first). */
	@Transactional
	public SystemView createDefault(int year, BaseType type, String by) {
		String name = DefaultIndicators.name(year, type);
		List<IndicatorSystem> existing = systems.findByYearAndBaseTypeOrderByIdDesc(year, type);
		for (IndicatorSystem s : existing) {
			if (s.getName().equals(name)) {
				return view(s);
			}
		}
		IndicatorSystem created = systems.save(new IndicatorSystem(year, type, name, true,
				json.writeValueAsString(DefaultIndicators.content(type)), DefaultIndicators.THRESHOLDS,
				DefaultIndicators.CAP_PERCENT, DefaultIndicators.CAP_SCOPE, null, by, clock.instant()));
		audit.record(by, "INDICATOR_SYSTEM_CREATED", "IndicatorSystem", created.getId(), AuditOutcome.SUCCESS, name);
		return view(created);
	}

	/** A draft copy of a version for a (new) year, to be edited before a round uses it. */
	@Transactional
	public SystemView copy(long id, int year, String name, CurrentUser user) {
		IndicatorSystem source = get(id);
		if (systems.existsByYearAndBaseTypeAndName(year, source.getBaseType(), name)) {
			throw new StateConflictException("evaluation.system.nameTaken", "Name taken: " + name);
		}
		IndicatorSystem copy = systems.save(source.copyFor(year, name, user.getUsername(), clock.instant()));
		audit.record("INDICATOR_SYSTEM_CREATED", "IndicatorSystem", copy.getId(), AuditOutcome.SUCCESS,
				"copy of " + id + ": " + name);
		return view(copy);
	}

	/** Changes one indicator of a draft (matched by code). */
	@Transactional
	public void changeIndicator(long id, long version, IndicatorModel.Indicator changed, CurrentUser user) {
		IndicatorSystem system = current(id, version);
		IndicatorModel content = content(system);
		if (content.indicator(changed.code()).isEmpty()) {
			throw new NotFoundException("Indicator " + changed.code());
		}
		system.changeContent(json.writeValueAsString(content.with(changed)));
		audit.record("INDICATOR_SYSTEM_CHANGED", "IndicatorSystem", id, AuditOutcome.SUCCESS,
				"indicator " + changed.code());
	}

	/** Replaces a draft's indicators (the indicator editor's model, in the draft's dimensions). */
	@Transactional
	public void replaceIndicators(long id, long version, IndicatorModel content, CurrentUser user) {
		IndicatorSystem system = current(id, version);
		system.changeContent(json.writeValueAsString(content));
		audit.record("INDICATOR_SYSTEM_CHANGED", "IndicatorSystem", id, AuditOutcome.SUCCESS,
				"indicators " + content.indicators().size());
	}

	/** Changes a draft's name, thresholds and 优秀 cap. */
	@Transactional
	public void changeGrading(long id, long version, String name, GradeThresholds thresholds, int capPercent,
			CapScope scope, CurrentUser user) {
		IndicatorSystem system = current(id, version);
		system.changeGrading(name, thresholds, capPercent, scope);
		audit.record("INDICATOR_SYSTEM_CHANGED", "IndicatorSystem", id, AuditOutcome.SUCCESS,
				"grading " + thresholds.excellentMin() + "/" + thresholds.goodMin() + "/" + thresholds.passMin() + " cap "
						+ capPercent + "% " + scope);
	}

	/** Freezes the version: a round uses it. */
	@Transactional
	void putInUse(long id, BaseType expectedType) {
		IndicatorSystem system = get(id);
		if (system.getBaseType() != expectedType) {
			throw new StateConflictException("evaluation.system.wrongType", "System " + id + " is not " + expectedType);
		}
		system.putInUse();
	}

	IndicatorSystem get(long id) {
		return systems.findById(id).orElseThrow(() -> new NotFoundException("Indicator system " + id));
	}

	IndicatorModel content(IndicatorSystem system) {
		return json.readValue(system.getContent(), IndicatorModel.class);
	}

	BigDecimal totalPoints(IndicatorSystem system) {
		return content(system).totalPoints();
	}

	private IndicatorSystem current(long id, long version) {
		IndicatorSystem system = get(id);
		if (system.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(IndicatorSystem.class, id);
		}
		return system;
	}

	SystemView view(IndicatorSystem s) {
		return new SystemView(s.getId(), s.getYear(), s.getBaseType(), s.getName(), s.getStatus(),
				s.isPlatformDefault(), content(s), s.thresholds(), s.getCapPercent(), s.getCapScope(),
				s.getCopiedFrom(), s.getCreatedBy(), s.getCreatedAt(), s.getVersion());
	}
}
