package cn.tsbase.organization.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface UnitRepository extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {

	Optional<Unit> findByUscc(String uscc);

	boolean existsByUscc(String uscc);
}
