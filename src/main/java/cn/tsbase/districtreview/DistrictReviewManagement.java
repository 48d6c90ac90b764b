package cn.tsbase.districtreview;

import java.util.Optional;

/** What later stages may read of the district review. */
public interface DistrictReviewManagement {

	/** The district's review of the declaration, once it has a decision. */
	Optional<DistrictReviewSummary> reviewOf(long declarationId);
}
