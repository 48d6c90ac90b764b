package cn.tsbase.reporting.internal;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * Who sees annual summaries and escalations: the district officers of their own district, and the municipal bureau
 * all of them. Narrower than {@link DataScope#of}: the IP office, guidance officers, units, experts and administrators
 * see nothing.
 */
final class SummaryScope {

	private SummaryScope() {
	}

	static DataScope of(CurrentUser user) {
		if (user == null) {
			return DataScope.NONE;
		}
		if (user.hasRole(Role.MUNICIPAL_OFFICER)) {
			return new DataScope(DataScope.Kind.ALL, null, null);
		}
		if (user.hasRole(Role.DISTRICT_OFFICER) && user.getDistrictCode() != null) {
			return new DataScope(DataScope.Kind.DISTRICT, user.getDistrictCode(), null);
		}
		return DataScope.NONE;
	}

	/** The officer's own district, if the user is a district officer (the only one who writes). */
	static String writingDistrict(CurrentUser user) {
		DataScope scope = of(user);
		return scope.kind() == DataScope.Kind.DISTRICT ? scope.districtCode() : null;
	}
}
