package cn.tsbase.account.web;

import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

@RestController
@Tag(name = "account")
class MeApiController {

	record Me(long id, String username, String displayName, Set<Role> roles, String districtCode, Long unitId,
			boolean passwordChangeRequired) {
	}

	@Operation(summary = "The current user: identity, roles and the district or unit they are scoped to")
	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return new Me(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
				user.getDistrictCode(), user.getUnitId(), user.isPasswordChangeRequired());
	}
}
