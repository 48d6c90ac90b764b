package cn.tsbase.audit.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	List<AuditEntry> findBySeqGreaterThanOrderBySeqAsc(long seq, Pageable pageable);

	@Query("select distinct e.event from AuditEntry e order by e.event")
	List<String> distinctEvents();
}
