package cn.tsbase.guidance.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GuidanceRequestRepository extends JpaRepository<GuidanceRequest, Long> {

	String IN_SCOPE = "(:#{#scope.all()} = true or r.districtCode = :#{#scope.district()} or r.unitId = :#{#scope.unit()}"
			+ " or o.id = :#{#scope.officer()})";

	@Query(value = "select r from GuidanceRequest r left join fetch r.officer o where r.status in :statuses and "
			+ IN_SCOPE, countQuery = "select count(r) from GuidanceRequest r left join r.officer o where r.status in"
					+ " :statuses and " + IN_SCOPE)
	Page<GuidanceRequest> inScope(@Param("scope") GuidanceScope scope,
			@Param("statuses") Collection<RequestStatus> statuses, Pageable pageable);

	@Query("select r from GuidanceRequest r left join fetch r.officer o where r.id = :id and " + IN_SCOPE)
	Optional<GuidanceRequest> find(@Param("id") long id, @Param("scope") GuidanceScope scope);

	@Query("select r from GuidanceRequest r join fetch r.officer o where o.id = :officerId and r.status = :status"
			+ " order by r.plannedOn, r.id")
	List<GuidanceRequest> ofOfficer(@Param("officerId") long officerId, @Param("status") RequestStatus status);
}
