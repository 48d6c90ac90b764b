package cn.tsbase.shared.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal: who the caller is and what data they are scoped to. Kept in the (shared) session, so
 * it is serializable and holds no entity.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;
	private final String username;
	private String password;
	private final String displayName;
	private final Set<Role> roles;
	private final String districtCode;
	private final Long unitId;
	private final boolean enabled;
	private final boolean accountNonLocked;
	private final boolean passwordChangeRequired;
	private final SecondFactorStatus secondFactor;

	public CurrentUser(long id, String username, String password, String displayName, Set<Role> roles,
			String districtCode, Long unitId, boolean enabled, boolean accountNonLocked,
			boolean passwordChangeRequired) {
		this(id, username, password, displayName, roles, districtCode, unitId, enabled, accountNonLocked,
				passwordChangeRequired, SecondFactorStatus.SATISFIED);
	}

	public CurrentUser(long id, String username, String password, String displayName, Set<Role> roles,
			String districtCode, Long unitId, boolean enabled, boolean accountNonLocked,
			boolean passwordChangeRequired, SecondFactorStatus secondFactor) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.displayName = displayName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.districtCode = districtCode;
		this.unitId = unitId;
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
		this.passwordChangeRequired = passwordChangeRequired;
		this.secondFactor = secondFactor;
	}

	/** A copy that no longer requires a password change (after the user changed it in this session). */
	public CurrentUser withPasswordChanged() {
		return new CurrentUser(id, username, null, displayName, roles, districtCode, unitId, enabled,
				accountNonLocked, false, secondFactor);
	}

	/** A copy whose second factor is satisfied (after the code was given or a factor enrolled in this session). */
	public CurrentUser withSecondFactorSatisfied() {
		return new CurrentUser(id, username, null, displayName, roles, districtCode, unitId, enabled,
				accountNonLocked, passwordChangeRequired, SecondFactorStatus.SATISFIED);
	}

	public long getId() {
		return id;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public String getPassword() {
		return password;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Set<Role> getRoles() {
		return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public Long getUnitId() {
		return unitId;
	}

	public boolean isPasswordChangeRequired() {
		return passwordChangeRequired;
	}

	public SecondFactorStatus getSecondFactor() {
		return secondFactor;
	}

	/** Whether the user may do nothing yet but give or enroll the second factor (or change the password). */
	public boolean isRestricted() {
		return passwordChangeRequired || secondFactor.isPending();
	}

	public DataScope scope() {
		return DataScope.of(this);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		if (secondFactor.isPending()) {
			// the roles count only once the second factor is given
			return List.of();
		}
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return accountNonLocked;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && this.username.equals(that.username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + username + "]";
	}
}
