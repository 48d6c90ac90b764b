package cn.tsbase.account;

import java.util.Set;

import cn.tsbase.account.internal.UserAccount;
import cn.tsbase.shared.security.Role;

/** An account as tests of other modules see it: what the fixtures made, without the account module's entity. */
public final class TestAccount {

	private final Long id;
	private final String username;
	private final String displayName;
	private final String email;
	private final Set<Role> roles;
	private final String districtCode;
	private final Long unitId;
	private final long version;

	private TestAccount(UserAccount account) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.email = account.getEmail();
		this.roles = Set.copyOf(account.getRoles());
		this.districtCode = account.getDistrictCode();
		this.unitId = account.getUnitId();
		this.version = account.getVersion();
	}

	static TestAccount of(UserAccount account) {
		return new TestAccount(account);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public Long getUnitId() {
		return unitId;
	}

	public long getVersion() {
		return version;
	}
}
