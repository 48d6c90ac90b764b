package cn.tsbase.casework.internal;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * Who sees incidents and unpublished cases: the unit's own people, the district officers of its district and the
 * municipal bureau. Narrower than {@link DataScope#of}: the district IP office, experts and administrators see nothing.
 * A guidance officer has no scope here; {@link LeakIncidents} lets them see the incidents of the units the guidance
 * module assigns to them today (never cases).
 */
final class CaseworkScope {

	private CaseworkScope() {
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
		if ((user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) && user.getUnitId() != null) {
			return new DataScope(DataScope.Kind.UNIT, null, user.getUnitId());
		}
		return DataScope.NONE;
	}
}
