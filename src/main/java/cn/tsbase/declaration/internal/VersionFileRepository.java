package cn.tsbase.declaration.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VersionFileRepository extends JpaRepository<VersionFile, Long> {

	List<VersionFile> findByDeclarationIdAndVersionNoOrderById(Long declarationId, int versionNo);
}
