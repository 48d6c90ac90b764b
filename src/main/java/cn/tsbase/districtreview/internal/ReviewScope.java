package cn.tsbase.districtreview.internal;

import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/** What every use case of the district review checks first: the declaration in scope, the officer's district. */
final class ReviewScope {

	private ReviewScope() {
	}

	/** The declaration under review, in the scope (otherwise "not found"); never a draft. */
	static DeclarationSummary underReview(DeclarationManagement declarations, long declarationId, DataScope scope) {
		return declarations.find(declarationId, scope)
			.filter(d -> d.status() != DeclarationStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("Declaration " + declarationId));
	}

	/** The officer's district (otherwise "not found"). */
	static String requireDistrict(CurrentUser officer) {
		if (officer.getDistrictCode() == null) {
			throw new NotFoundException("No district for " + officer.getUsername());
		}
		return officer.getDistrictCode();
	}
}
