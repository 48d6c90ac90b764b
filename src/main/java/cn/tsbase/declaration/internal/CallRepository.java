package cn.tsbase.declaration.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CallRepository extends JpaRepository<Call, Long> {

	/** The calls a district's units and officers see: the district's own and the municipal ones. */
	@Query("select c from Call c where c.districtCode is null or c.districtCode = :district order by c.closesAt desc")
	List<Call> findForDistrict(@Param("district") String district);

	@Query("select c from Call c order by c.closesAt desc")
	List<Call> findAllNewestFirst();
}
