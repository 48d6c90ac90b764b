package cn.tsbase.audit.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	@Query("""
			select e from AuditEntry e
			where (:from is null or e.occurredAt >= :from)
			  and (:to is null or e.occurredAt < :to)
			  and (:actor is null or e.actor = :actor)
			  and (:event is null or e.event = :event)
			  and (:outcome is null or e.outcome = :outcome)
			""")
	Page<AuditEntry> search(@Param("from") Instant from, @Param("to") Instant to, @Param("actor") String actor,
			@Param("event") String event, @Param("outcome") String outcome, Pageable pageable);

	List<AuditEntry> findBySeqGreaterThanOrderBySeqAsc(long seq, Pageable pageable);

	@Query("select distinct e.event from AuditEntry e order by e.event")
	List<String> distinctEvents();
}
