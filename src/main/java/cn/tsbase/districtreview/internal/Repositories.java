package cn.tsbase.districtreview.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CriteriaSetRepository extends JpaRepository<CriteriaSet, Long> {

	Optional<CriteriaSet> findByCallIdAndDistrictCode(Long callId, String districtCode);

	/** The call's set from before criteria were per district, if any. */
	Optional<CriteriaSet> findByCallIdAndDistrictCodeIsNull(Long callId);
}

interface DistrictReviewRepository extends JpaRepository<DistrictReview, Long> {

	Optional<DistrictReview> findByDeclarationId(Long declarationId);

	List<DistrictReview> findByDeclarationIdIn(Collection<Long> declarationIds);

	boolean existsByCallIdAndDistrictCodeAndTotalScoreIsNotNull(Long callId, String districtCode);

	@Query("select r from DistrictReview r where r.callId = :callId and r.districtCode = :district "
			+ "and r.decision = cn.tsbase.districtreview.ReviewDecision.RECOMMEND")
	List<DistrictReview> findRecommended(@Param("callId") Long callId, @Param("district") String district);
}

interface CoReviewCommentRepository extends JpaRepository<CoReviewComment, Long> {

	List<CoReviewComment> findByDeclarationIdOrderByCreatedAt(Long declarationId);
}

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	Optional<Recommendation> findByCallIdAndDistrictCode(Long callId, String districtCode);

	@Query("select r from Recommendation r order by r.finalizedAt desc")
	List<Recommendation> findAllNewestFirst();

	List<Recommendation> findByDistrictCodeOrderByFinalizedAtDesc(String districtCode);
}
