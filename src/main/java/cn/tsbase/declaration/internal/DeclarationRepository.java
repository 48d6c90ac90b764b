package cn.tsbase.declaration.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.PendingDeclaration;

interface DeclarationRepository extends JpaRepository<Declaration, Long>, JpaSpecificationExecutor<Declaration> {

	List<Declaration> findByUnitIdOrderByCreatedAtDesc(Long unitId);

	Optional<Declaration> findByCallIdAndUnitId(Long callId, Long unitId);

	@Query("""
			select new cn.tsbase.declaration.PendingDeclaration(d.id, d.unitId, d.unitName, d.status, c.id, c.title,
			       c.closesAt)
			from Declaration d join Call c on c.id = d.callId
			where d.status in :statuses and c.closesAt >= :from and c.closesAt < :to
			order by c.closesAt, d.id
			""")
	List<PendingDeclaration> findPending(@Param("statuses") Collection<DeclarationStatus> statuses,
			@Param("from") Instant from, @Param("to") Instant to);
}
