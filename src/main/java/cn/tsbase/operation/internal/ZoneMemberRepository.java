package cn.tsbase.operation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ZoneMemberRepository extends JpaRepository<ZoneMember, Long> {

	/** The zone's members, current ones first, paged in the database. */
	@Query(value = "select m from ZoneMember m where m.baseId = ?1",
			countQuery = "select count(m) from ZoneMember m where m.baseId = ?1")
	Page<ZoneMember> findByBaseId(Long baseId, Pageable pageable);

	@EntityGraph(attributePaths = "trainings")
	List<ZoneMember> findWithTrainingsByIdIn(Collection<Long> ids);

	List<ZoneMember> findByBaseId(Long baseId);

	Optional<ZoneMember> findByIdAndBaseId(Long id, Long baseId);

	Optional<ZoneMember> findByBaseIdAndUscc(Long baseId, String uscc);

	long countByBaseId(Long baseId);

	/** Per zone: current members, those with rules, those being cultivated (base id, count, rules, cultivated). */
	@Query("select m.baseId, count(m), sum(case when m.hasRules = true then 1 else 0 end), "
			+ "sum(case when m.cultivated = true then 1 else 0 end) from ZoneMember m "
			+ "where m.baseId in ?1 and m.removedOn is null group by m.baseId")
	List<Object[]> counts(Collection<Long> baseIds);

	/**
	 * Per zone: current members trained in the year (base id, count), either by the people the unit stated for the
	 * member and year, or by people the member sent to a training of the zone held in the year.
	 */
	@Query("select m.baseId, count(m) from ZoneMember m where m.baseId in ?1 and m.removedOn is null and ("
			+ "exists (select 1 from ZoneMember s join s.trainings t where s.id = m.id and t.year = ?2 and t.people > 0) "
			+ "or exists (select 1 from Activity a join a.members p where p.memberId = m.id and a.baseId = m.baseId "
			+ "and a.kind = cn.tsbase.operation.internal.ActivityKind.TRAINING and a.heldOn >= ?3 and a.heldOn < ?4 "
			+ "and p.people > 0)) group by m.baseId")
	List<Object[]> trained(Collection<Long> baseIds, int year, java.time.LocalDate from, java.time.LocalDate until);

	/** The zone's current members by name (for the activity form's participation rows). */
	List<ZoneMember> findByBaseIdAndRemovedOnIsNullOrderByNameAscIdAsc(Long baseId);
}
