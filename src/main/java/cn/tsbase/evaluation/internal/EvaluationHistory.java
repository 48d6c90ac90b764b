package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * The published evaluation results year over year: one base's years (grade, total, the score of each dimension, its
 * rectification order and the grounds for revocation flagged that year, and its revocation procedures), and the
 * table of bases × years (grades) for a district or the city. Only published results count; every query carries the
 * caller's scope. The table reads a page in four queries whatever its size.
 */
@Service
public class EvaluationHistory {

	private final EntityManager em;
	private final IndicatorSystems systems;
	private final Clock clock;

	EvaluationHistory(EntityManager em, IndicatorSystems systems, Clock clock) {
		this.em = em;
		this.systems = systems;
		this.clock = clock;
	}

	/** A dimension's score (the final scores of its indicators) against its points. */
	public record DimensionScore(String code, String name, BigDecimal score, BigDecimal points) {
	}

	/** One published year of a base; {@code rectification} null when the year brought no order. */
	public record YearResult(int year, long evaluationId, Grade grade, BigDecimal total, boolean vetoFailed,
			List<DimensionScore> dimensions, RectificationStatus rectification, boolean rectificationOverdue,
			List<TriggerKind> grounds) {
	}

	/** A base's years, oldest first, and its revocation procedures. */
	public record BaseHistory(long baseId, String unitName, List<YearResult> years, List<RevocationView> revocations) {

		public boolean isEmpty() {
			return years.isEmpty() && revocations.isEmpty();
		}
	}

	/** One year's cell of the table. */
	public record Cell(Grade grade, BigDecimal total, boolean rectification) {
	}

	/** One base's row: its grade per year; {@code revoked}: its title was revoked. */
	public record Row(long baseId, String unitName, String districtCode, BaseType baseType, Map<Integer, Cell> cells,
			boolean revoked) {

		public Cell cell(int year) {
			return cells.get(year);
		}
	}

	/** The published years (columns) and a page of bases (rows). */
	public record Table(List<Integer> years, Page<Row> rows) {
	}

	@Transactional(readOnly = true)
	public BaseHistory ofBase(long baseId, CurrentUser user) {
		DataScope scope = user.scope();
		List<Object[]> found = scoped(em, "select e, r.year from Evaluation e, EvaluationRound r where r.id = e.roundId "
				+ "and e.baseId = :base and e.status = :published", "e", scope, Object[].class)
			.setParameter("base", baseId)
			.setParameter("published", EvaluationStatus.PUBLISHED)
			.getResultList();
		LocalDate today = LocalDate.now(clock);
		List<Revocation> procedures = scoped(em, "select v from Revocation v where v.baseId = :base", "v", scope,
				Revocation.class)
			.setParameter("base", baseId)
			.getResultList();
		if (found.isEmpty() && procedures.isEmpty()) {
			return new BaseHistory(baseId, null, List.of(), List.of());
		}
		Map<Long, Rectification> orders = new HashMap<>();
		em.createQuery("select r from Rectification r where r.baseId = :base and r.evaluationId is not null",
				Rectification.class).setParameter("base", baseId).getResultList()
			.forEach(r -> orders.put(r.getEvaluationId(), r));
		Map<Integer, List<TriggerKind>> grounds = new HashMap<>();
		em.createQuery("select t.year, t.kind from RevocationTrigger t where t.baseId = :base and t.year is not null "
				+ "order by t.kind", Object[].class).setParameter("base", baseId).getResultList()
			.forEach(t -> grounds.computeIfAbsent((Integer) t[0], y -> new ArrayList<>()).add((TriggerKind) t[1]));
		Map<Long, IndicatorModel> contents = new HashMap<>();
		List<YearResult> years = new ArrayList<>();
		String unitName = procedures.isEmpty() ? null : procedures.get(0).getUnitName();
		for (Object[] pair : found) {
			Evaluation e = (Evaluation) pair[0];
			int year = (Integer) pair[1];
			unitName = e.getUnitName();
			IndicatorModel content = contents.computeIfAbsent(e.getSystemId(),
					id -> systems.content(systems.get(id)));
			Rectification order = orders.get(e.getId());
			years.add(new YearResult(year, e.getId(), e.getFinalGrade(), e.getFinalTotal(), e.isVetoFailed(),
					dimensions(content, e.getItems()), order == null ? null : order.getStatus(),
					order != null && order.isOverdue(today), grounds.getOrDefault(year, List.of())));
		}
		years.sort(Comparator.comparingInt(YearResult::year));
		List<RevocationView> revocations = procedures.stream()
			.map(v -> v.view(today))
			.sorted(Comparator.comparing(RevocationView::proposedOn))
			.toList();
		return new BaseHistory(baseId, unitName, years, revocations);
	}

	/**
	 * The table of bases × published years in the caller's scope ({@code district} narrows the municipal bureau's),
	 * bases by name.
	 */
	@Transactional(readOnly = true)
	public Table table(String district, CurrentUser user, Pageable pageable) {
		List<Integer> years = em.createQuery("select r.year from EvaluationRound r where r.status = :published "
				+ "order by r.year", Integer.class).setParameter("published", RoundStatus.PUBLISHED).getResultList();
		DataScope scope = user.scope();
		boolean narrowed = district != null && !district.isBlank();
		String where = " where e.status = :published" + (narrowed ? " and e.districtCode = :district" : "");
		TypedQuery<Long> count = scoped(em, "select count(distinct e.baseId) from Evaluation e" + where, "e", scope,
				Long.class);
		TypedQuery<Object[]> bases = scoped(em, "select e.baseId, max(e.unitName) from Evaluation e" + where, "e",
				scope, Object[].class, " group by e.baseId order by max(e.unitName), e.baseId");
		for (TypedQuery<?> query : List.of(count, bases)) {
			query.setParameter("published", EvaluationStatus.PUBLISHED);
			if (narrowed) {
				query.setParameter("district", district);
			}
		}
		long total = count.getSingleResult();
		List<Object[]> page = bases.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		List<Long> ids = page.stream().map(p -> (Long) p[0]).toList();
		if (ids.isEmpty()) {
			return new Table(years, new PageImpl<>(List.of(), pageable, total));
		}
		List<Object[]> evaluations = em.createQuery("select e.id, e.baseId, r.year, e.finalGrade, e.finalTotal, "
				+ "e.districtCode, e.baseType from Evaluation e, EvaluationRound r where r.id = e.roundId "
				+ "and e.baseId in :ids and e.status = :published order by r.year", Object[].class)
			.setParameter("ids", ids)
			.setParameter("published", EvaluationStatus.PUBLISHED)
			.getResultList();
		Set<Long> ordered = new HashSet<>(em.createQuery("select r.evaluationId from Rectification r "
				+ "where r.baseId in :ids and r.evaluationId is not null", Long.class).setParameter("ids", ids)
			.getResultList());
		Set<Long> revoked = new HashSet<>(em.createQuery("select v.baseId from Revocation v where v.baseId in :ids "
				+ "and v.status = :revoked", Long.class).setParameter("ids", ids)
			.setParameter("revoked", RevocationStatus.REVOKED)
			.getResultList());
		Map<Long, Map<Integer, Cell>> cells = new HashMap<>();
		Map<Long, Object[]> latest = new HashMap<>();
		for (Object[] e : evaluations) {
			long baseId = (Long) e[1];
			cells.computeIfAbsent(baseId, b -> new LinkedHashMap<>())
				.put((Integer) e[2], new Cell((Grade) e[3], (BigDecimal) e[4], ordered.contains((Long) e[0])));
			latest.put(baseId, e);
		}
		List<Row> rows = page.stream().map(p -> {
			long baseId = (Long) p[0];
			Object[] last = latest.get(baseId);
			return new Row(baseId, (String) p[1], (String) last[5], (BaseType) last[6],
					cells.getOrDefault(baseId, Map.of()), revoked.contains(baseId));
		}).toList();
		return new Table(years, new PageImpl<>(rows, pageable, total));
	}

	private static List<DimensionScore> dimensions(IndicatorModel content, EvaluationSheet sheet) {
		List<DimensionScore> result = new ArrayList<>();
		for (IndicatorModel.Dimension d : content.dimensions()) {
			BigDecimal score = BigDecimal.ZERO;
			BigDecimal points = BigDecimal.ZERO;
			for (IndicatorModel.Indicator i : d.indicators()) {
				points = points.add(i.points());
				BigDecimal value = sheet.entry(i.code()).finalScore();
				if (value != null) {
					score = score.add(value);
				}
			}
			result.add(new DimensionScore(d.code(), d.name(), score, points));
		}
		return result;
	}

	/** A query with the caller's scope on the alias (its district, its unit, all, or nothing). */
	private static <T> TypedQuery<T> scoped(EntityManager em, String jpql, String alias, DataScope scope,
			Class<T> type) {
		return scoped(em, jpql, alias, scope, type, "");
	}

	private static <T> TypedQuery<T> scoped(EntityManager em, String jpql, String alias, DataScope scope,
			Class<T> type, String tail) {
		String condition = switch (scope.kind()) {
			case ALL -> "";
			case DISTRICT -> " and " + alias + ".districtCode = :scopeDistrict";
			case UNIT -> " and " + alias + ".unitId = :scopeUnit";
			case NONE -> " and 1 = 0";
		};
		TypedQuery<T> query = em.createQuery(jpql + condition + tail, type);
		switch (scope.kind()) {
			case DISTRICT -> query.setParameter("scopeDistrict", scope.districtCode());
			case UNIT -> query.setParameter("scopeUnit", scope.unitId());
			default -> {
			}
		}
		return query;
	}
}
