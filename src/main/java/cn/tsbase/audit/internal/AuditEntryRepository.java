package cn.tsbase.audit.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	List<AuditEntry> findBySeqGreaterThanOrderBySeqAsc(long seq, Pageable pageable);

	/**
	 * The events the trail holds, for the page's filter: a skip scan over the (event, occurred_at) index, one index
	 * probe per event, instead of reading the whole trail (1,000,000 entries at 10× scale, issue 16).
	 */
	@Query(value = """
			WITH RECURSIVE seen(event) AS (
				SELECT MIN(event) FROM audit_entry
				UNION ALL
				SELECT (SELECT MIN(a.event) FROM audit_entry a WHERE a.event > seen.event) FROM seen
				WHERE seen.event IS NOT NULL)
			SELECT event FROM seen WHERE event IS NOT NULL ORDER BY event""", nativeQuery = true)
	List<String> distinctEvents();
}
