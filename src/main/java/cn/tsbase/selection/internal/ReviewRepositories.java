package cn.tsbase.selection.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import cn.tsbase.selection.ConflictReason;
import cn.tsbase.selection.RoundStatus;

interface RubricRepository extends JpaRepository<Rubric, Long> {

	List<Rubric> findAllByOrderByVersionNoDesc();

	Optional<Rubric> findFirstByOrderByVersionNoDesc();
}

interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

	List<ReviewRound> findAllByOrderByYearDescIdDesc();

	List<ReviewRound> findByStatusAndDeadlineBetween(RoundStatus status, java.time.Instant from, java.time.Instant to);
}

interface RoundCandidateRepository extends JpaRepository<RoundCandidate, Long> {

	List<RoundCandidate> findByRoundIdOrderById(Long roundId);

	Optional<RoundCandidate> findByRoundIdAndCandidateId(Long roundId, Long candidateId);

	/** The candidates already in a round, of those given. */
	@Query("select rc.candidateId from RoundCandidate rc where rc.candidateId in :ids")
	List<Long> inAnyRound(@Param("ids") Collection<Long> candidateIds);

	@Query("select count(rc) from RoundCandidate rc where rc.roundId = :round")
	long countInRound(@Param("round") long roundId);
}

interface RoundConflictRepository extends JpaRepository<RoundConflict, Long> {

	List<RoundConflict> findByRoundIdOrderByDeclarationIdAscExpertIdAscIdAsc(Long roundId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from RoundConflict c where c.roundId = :round and c.reason <> cn.tsbase.selection.ConflictReason.DECLARED_BY_EXPERT")
	int deleteDetected(@Param("round") long roundId);
}

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findByRoundIdOrderByDeclarationIdAscExpertIdAsc(Long roundId);

	Optional<Assignment> findByRoundIdAndExpertIdAndDeclarationId(Long roundId, Long expertId, Long declarationId);

	/** An expert's assignment, if it is theirs and released: what they may open. */
	@Query("""
			select a from Assignment a, Expert e
			where a.id = :id and a.expertId = e.id and e.accountId = :account and a.releasedAt is not null
			""")
	Optional<Assignment> findReleasedOf(@Param("id") long assignmentId, @Param("account") long accountId);

	/** The expert's released assignments, newest round first. */
	@Query("""
			select a from Assignment a, Expert e
			where a.expertId = e.id and e.accountId = :account and a.releasedAt is not null
			order by a.roundId desc, a.id
			""")
	List<Assignment> findReleasedOf(@Param("account") long accountId);

	/**
	 * Whether the account's expert may read the declaration: assigned in a round not yet decided, released, and no
	 * conflict of interest declared.
	 */
	@Query("""
			select count(a) > 0 from Assignment a, Expert e, ReviewRound r
			where a.declarationId = :declaration and a.expertId = e.id and e.accountId = :account
			  and a.roundId = r.id and r.status <> cn.tsbase.selection.RoundStatus.DECIDED
			  and a.releasedAt is not null and a.conflictDeclaration = 'NONE'
			""")
	boolean readableBy(@Param("account") long accountId, @Param("declaration") long declarationId);
}

/** Scores always come with their lines, in one query. */
interface ExpertScoreRepository extends JpaRepository<ExpertScore, Long> {

	@Query("select s from ExpertScore s left join fetch s.lines where s.assignmentId = :assignment")
	Optional<ExpertScore> findByAssignmentId(@Param("assignment") Long assignmentId);

	@Query("select distinct s from ExpertScore s left join fetch s.lines where s.assignmentId in :assignments")
	List<ExpertScore> findByAssignmentIdIn(@Param("assignments") Collection<Long> assignmentIds);

	/** Every score of the round's assignments. */
	@Query("""
			select distinct s from ExpertScore s left join fetch s.lines
			where s.assignmentId in (select a.id from Assignment a where a.roundId = :round)
			""")
	List<ExpertScore> findByRound(@Param("round") long roundId);
}

interface ConflictDismissalRepository extends JpaRepository<ConflictDismissal, Long> {

	List<ConflictDismissal> findByRoundIdOrderByIdDesc(Long roundId);
}
