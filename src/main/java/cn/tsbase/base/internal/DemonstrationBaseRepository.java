package cn.tsbase.base.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface DemonstrationBaseRepository
		extends JpaRepository<DemonstrationBase, Long>, JpaSpecificationExecutor<DemonstrationBase> {

	boolean existsByPublicationIdAndUnitId(Long publicationId, Long unitId);

	List<DemonstrationBase> findByUnitIdOrderByBatchYearDesc(Long unitId);

	Optional<DemonstrationBase> findByVerificationCode(String verificationCode);

	List<DemonstrationBase> findByVerificationCodeIsNull();

	@Query("select distinct b.batchYear from DemonstrationBase b order by b.batchYear desc")
	List<Integer> years();
}
