package cn.tsbase.guidance.internal;

import org.springframework.stereotype.Component;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** Resolves a caller's guidance scope; a guidance officer's is their appointment (none before they are appointed). */
@Component
public class GuidanceScopes {

	private final GuidanceOfficerRepository officers;

	GuidanceScopes(GuidanceOfficerRepository officers) {
		this.officers = officers;
	}

	public GuidanceScope of(CurrentUser user) {
		if (user == null) {
			return GuidanceScope.NONE;
		}
		if (user.hasRole(Role.MUNICIPAL_OFFICER)) {
			return GuidanceScope.everything();
		}
		if ((user.hasRole(Role.DISTRICT_OFFICER) || user.hasRole(Role.IP_OFFICER)) && user.getDistrictCode() != null) {
			return GuidanceScope.district(user.getDistrictCode());
		}
		if ((user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) && user.getUnitId() != null) {
			return GuidanceScope.unit(user.getUnitId());
		}
		if (user.hasRole(Role.GUIDANCE_OFFICER)) {
			return officers.findByAccountId(user.getId())
				.filter(o -> o.toView().active())
				.map(o -> GuidanceScope.officer(o.getId()))
				.orElse(GuidanceScope.NONE);
		}
		return GuidanceScope.NONE;
	}
}
