package cn.tsbase.evaluation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRoundRepository extends JpaRepository<EvaluationRound, Long> {

	Optional<EvaluationRound> findByYear(int year);

	boolean existsByYear(int year);

	List<EvaluationRound> findByStatusAndSelfDeadlineBefore(RoundStatus status, LocalDate day);
}

interface EvaluationRepository extends JpaRepository<Evaluation, Long>, JpaSpecificationExecutor<Evaluation> {

	Optional<Evaluation> findByIdAndDistrictCode(Long id, String districtCode);

	Optional<Evaluation> findByIdAndUnitId(Long id, Long unitId);

	List<Evaluation> findByRoundId(Long roundId);

	List<Evaluation> findByRoundIdAndStatus(Long roundId, EvaluationStatus status);

	Page<Evaluation> findByUnitId(Long unitId, Pageable pageable);

	Page<Evaluation> findByDistrictCode(String districtCode, Pageable pageable);

	boolean existsByRoundIdAndBaseId(Long roundId, Long baseId);

	/** How many evaluations of the round stand in each status (one GROUP BY, not a row per base). */
	@Query("select e.status, count(e) from Evaluation e where e.roundId = ?1 group by e.status")
	List<Object[]> countByStatus(Long roundId);

	@Query("select e.status, count(e) from Evaluation e where e.roundId = ?1 and e.districtCode = ?2 group by e.status")
	List<Object[]> countByStatus(Long roundId, String districtCode);
}
