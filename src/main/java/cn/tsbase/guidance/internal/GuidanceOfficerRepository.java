package cn.tsbase.guidance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GuidanceOfficerRepository extends JpaRepository<GuidanceOfficer, Long> {

	String IN_SCOPE = "(:#{#scope.all()} = true or o.districtCode = :#{#scope.district()} or o.id = :#{#scope.officer()})";

	Optional<GuidanceOfficer> findByAccountId(Long accountId);

	List<GuidanceOfficer> findByDistrictCodeAndActiveTrueOrderByDisplayName(String districtCode);

	@Query("select o from GuidanceOfficer o where o.id = :id and " + IN_SCOPE)
	Optional<GuidanceOfficer> find(@Param("id") long id, @Param("scope") GuidanceScope scope);

	@Query("select o from GuidanceOfficer o where " + IN_SCOPE)
	Page<GuidanceOfficer> inScope(@Param("scope") GuidanceScope scope, Pageable pageable);
}
