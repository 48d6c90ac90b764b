package cn.tsbase.declaration.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarationHistoryRepository extends JpaRepository<DeclarationHistoryEntry, Long> {

	List<DeclarationHistoryEntry> findByDeclarationIdOrderByOccurredAtAscIdAsc(Long declarationId);
}
