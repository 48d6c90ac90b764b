package cn.tsbase.declaration.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarationVersionRepository extends JpaRepository<DeclarationVersion, Long> {

	List<DeclarationVersion> findByDeclarationIdOrderByVersionNoDesc(Long declarationId);

	Optional<DeclarationVersion> findByDeclarationIdAndVersionNo(Long declarationId, int versionNo);
}
