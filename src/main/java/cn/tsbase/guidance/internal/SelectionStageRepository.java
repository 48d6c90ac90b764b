package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SelectionStageRepository extends JpaRepository<SelectionStage, Long> {

	/**
	 * Logs the declaration's first stage; 0 when it is logged already. Events of one declaration may arrive at once on
	 * several threads: of two inserting at the same moment, the second waits for the first and then inserts nothing.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "INSERT INTO guidance_selection_stage (declaration_id, unit_id, stage, reached_at) "
			+ "VALUES (:declaration, :unit, :stage, :at) ON CONFLICT DO NOTHING", nativeQuery = true)
	int insertIfAbsent(@Param("declaration") long declarationId, @Param("unit") long unitId,
			@Param("stage") String stage, @Param("at") Instant at);

	/** The declaration's logged stage, locked until the transaction ends, so that two events advance it in turn. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from SelectionStage s where s.declarationId = :declaration")
	Optional<SelectionStage> lock(@Param("declaration") long declarationId);
}
