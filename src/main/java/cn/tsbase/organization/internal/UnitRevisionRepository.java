package cn.tsbase.organization.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRevisionRepository extends JpaRepository<UnitRevision, Long> {

	List<UnitRevision> findByUnitIdOrderByRevisionDesc(Long unitId);

	@Query("select coalesce(max(r.revision), 0) from UnitRevision r where r.unitId = :unitId")
	int lastRevision(Long unitId);
}
