package cn.tsbase.districtreview.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.workbench.WorkbenchItem;
import cn.tsbase.shared.workbench.WorkbenchItems;

/**
 * The district IP office's line on the workbench: declarations awaiting the district's review on which the office
 * has not commented yet (会商意见). The ids awaiting review come from the declaration module's API (bounded, no
 * declaration loaded), the comments from one query.
 */
@Component
class DistrictReviewWorkbench implements WorkbenchItems {

	/** More than a district ever has waiting at once; the count says "at least" beyond it. */
	private static final int MAX_QUEUE = 500;

	private final DeclarationManagement declarations;
	private final JdbcClient jdbc;

	DistrictReviewWorkbench(DeclarationManagement declarations, JdbcClient jdbc) {
		this.declarations = declarations;
		this.jdbc = jdbc;
	}

	@Override
	public List<WorkbenchItem> itemsFor(CurrentUser user) {
		if (!user.hasRole(Role.IP_OFFICER) || user.getDistrictCode() == null) {
			return List.of();
		}
		DataScope scope = new DataScope(DataScope.Kind.DISTRICT, user.getDistrictCode(), null);
		List<Long> awaiting = declarations.awaitingReviewIds(scope, MAX_QUEUE);
		long commented = awaiting.isEmpty() ? 0
				: jdbc.sql("SELECT COUNT(DISTINCT declaration_id) FROM co_review_comment "
						+ "WHERE district_code = :district AND declaration_id IN (:ids)")
					.param("district", user.getDistrictCode())
					.param("ids", awaiting)
					.query(Long.class)
					.single();
		return List.of(new WorkbenchItem("ip-coReviews", 300, awaiting.size() - commented, null,
				"/review/declarations"));
	}
}
