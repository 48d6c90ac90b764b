package cn.tsbase.account;

import java.util.Set;

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

	private TestAccount(AccountView account) {
		this.id = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.email = account.email();
		this.roles = Set.copyOf(account.roles());
		this.districtCode = account.districtCode();
		this.unitId = account.unitId();
		this.version = account.version();
	}

	static TestAccount of(AccountView account) {
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
