package cn.tsbase.operation.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long> {

	Page<Activity> findByBaseId(Long baseId, Pageable pageable);

	List<Activity> findTop100ByBaseIdAndHeldOnBetweenOrderByHeldOn(Long baseId, LocalDate from, LocalDate until);

	/** Per base: activities held in the period and their participants (base id, count, sum), one query. */
	@Query("select a.baseId, count(a), sum(a.participants) from Activity a "
			+ "where a.baseId in ?1 and a.heldOn >= ?2 and a.heldOn < ?3 group by a.baseId")
	List<Object[]> totalsByBase(java.util.Collection<Long> baseIds, LocalDate from, LocalDate until);

	/** Per base: activities of the kind held in the period (base id, count), one query. */
	@Query("select a.baseId, count(a) from Activity a "
			+ "where a.baseId in ?1 and a.kind = ?2 and a.heldOn >= ?3 and a.heldOn < ?4 group by a.baseId")
	List<Object[]> countsByBase(java.util.Collection<Long> baseIds, ActivityKind kind, LocalDate from,
			LocalDate until);

	/** Per kind: how many were held in the period and how many people took part (kind, count, sum). */
	@Query("select a.kind, count(a), sum(a.participants) from Activity a "
			+ "where a.baseId = ?1 and a.heldOn >= ?2 and a.heldOn < ?3 group by a.kind")
	List<Object[]> totals(Long baseId, LocalDate from, LocalDate until);
}
