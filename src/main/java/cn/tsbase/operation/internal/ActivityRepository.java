package cn.tsbase.operation.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long>, JpaSpecificationExecutor<Activity> {

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

	/** The member units that took part in the activities (activity id, member id, member name, people), by name. */
	@Query("select a.id, p.memberId, m.name, p.people from Activity a join a.members p "
			+ "join ZoneMember m on m.id = p.memberId where a.id in ?1 order by m.name, m.id")
	List<Object[]> membersOf(java.util.Collection<Long> activityIds);

	/** Per member: people it sent to the zone's trainings held in the period (member id, sum), one query. */
	@Query("select p.memberId, sum(p.people) from Activity a join a.members p where p.memberId in ?1 "
			+ "and a.kind = cn.tsbase.operation.internal.ActivityKind.TRAINING and a.heldOn >= ?2 and a.heldOn < ?3 "
			+ "group by p.memberId")
	List<Object[]> trainedPeopleByMember(java.util.Collection<Long> memberIds, LocalDate from, LocalDate until);
}
