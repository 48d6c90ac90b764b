package cn.tsbase.declaration.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DeclarationRepository extends JpaRepository<Declaration, Long>, JpaSpecificationExecutor<Declaration> {

	List<Declaration> findByUnitIdOrderByCreatedAtDesc(Long unitId);

	Optional<Declaration> findByCallIdAndUnitId(Long callId, Long unitId);
}
