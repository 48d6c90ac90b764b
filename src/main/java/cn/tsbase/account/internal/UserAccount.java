package cn.tsbase.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.account.AccountKind;
import cn.tsbase.account.AccountView;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.crypto.EncryptedText;
import cn.tsbase.shared.security.Role;

/**
 * An account. Its rules live here: the roles it may hold (三权分立), password changes, a forced re-enrollment of the
 * second factor. Failed logins are counted per account and source by {@link LoginThrottle}.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Convert(converter = EncryptedText.class)
	private String email;

	@Convert(converter = EncryptedText.class)
	private String mobile;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private AccountKind kind;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "unit_id", updatable = false)
	private Long unitId;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "second_factor_reenrollment_required", nullable = false)
	private boolean secondFactorReenrollmentRequired;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role", nullable = false)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@BatchSize(size = 100)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected UserAccount() {
	}

	private UserAccount(String username, String passwordHash, String displayName, String email, String mobile,
			AccountKind kind, String districtCode, Long unitId, boolean passwordChangeRequired, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.email = email;
		this.mobile = mobile;
		this.kind = kind;
		this.districtCode = districtCode;
		this.unitId = unitId;
		this.enabled = true;
		this.passwordChangedAt = now;
		this.passwordChangeRequired = passwordChangeRequired;
		this.createdAt = now;
	}

	/** A unit's account; its holder chose the password, so no change is forced. */
	static UserAccount forUnit(String username, String passwordHash, String displayName, String email, String mobile,
			long unitId, String districtCode, Role role, Instant now) {
		UserAccount account = new UserAccount(username, passwordHash, displayName, email, mobile, AccountKind.UNIT,
				districtCode, unitId, false, now);
		account.assignRoles(EnumSet.of(role));
		return account;
	}

	/**
	 * An official's or expert's account whose password must be set (by its owner, through an activation link, ADR 0016)
	 * or changed before anything else; the demo accounts replace it with their documented password.
	 */
	static UserAccount withInitialPassword(String username, String passwordHash, String displayName, String email,
			String mobile, AccountKind kind, String districtCode, Instant now) {
		if (kind == AccountKind.UNIT) {
			throw new IllegalArgumentException("Unit accounts are created by unit registration");
		}
		return new UserAccount(username, passwordHash, displayName, email, mobile, kind, districtCode, null, true, now);
	}

	/**
	 * Created by an administrator or officer and not yet activated by its owner: no password anybody knows, no login
	 * yet (ADR 0016).
	 */
	public boolean isAwaitingActivation() {
		return passwordChangeRequired && lastLoginAt == null;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void recordSuccessfulLogin(Instant now) {
		failedAttempts = 0;
		lockedUntil = null;
		lastLoginAt = now;
	}

	/** An approved removal of the second factor: the holder must enroll a new one at the next login. */
	void requireSecondFactorReenrollment() {
		secondFactorReenrollmentRequired = true;
	}

	void secondFactorEnrolled() {
		secondFactorReenrollmentRequired = false;
	}

	boolean isSecondFactorReenrollmentRequired() {
		return secondFactorReenrollmentRequired;
	}

	/** Clears a lock of the account as a whole (from before locks were kept per account and source, ADR 0011). */
	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.passwordChangeRequired = false;
	}

	/** Demo accounts only: a documented password that is never forced to change. */
	void setDemoPassword(String hash, Instant now) {
		this.passwordHash = hash;
		this.passwordChangedAt = now;
		this.passwordChangeRequired = false;
		this.enabled = true;
		unlock();
	}

	void disable() {
		if (!enabled) {
			throw new StateConflictException("account.alreadyDisabled", "Account already disabled: " + username);
		}
		enabled = false;
	}

	void enable() {
		if (enabled) {
			throw new StateConflictException("account.alreadyEnabled", "Account already enabled: " + username);
		}
		enabled = true;
		unlock();
	}

	/**
	 * Replaces the roles, checking each against the account: administrator roles stand alone, unit roles belong to
	 * unit accounts, district roles need a district, the municipal role needs none, the expert role belongs to
	 * expert accounts.
	 */
	void assignRoles(Set<Role> newRoles) {
		RoleGrantPolicy.check(this, newRoles);
		roles.clear();
		roles.addAll(newRoles);
	}

	boolean isPasswordExpired(Instant now, Duration maxAge) {
		return passwordChangedAt.plus(maxAge).isBefore(now);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public String getMobile() {
		return mobile;
	}

	public AccountKind getKind() {
		return kind;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public Long getUnitId() {
		return unitId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public boolean isPasswordChangeRequired() {
		return passwordChangeRequired;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public Set<Role> getRoles() {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public long getVersion() {
		return version;
	}

	/** The account as the administrators' pages show it. */
	AccountView view() {
		return new AccountView(id, username, displayName, email, mobile, kind, districtCode, unitId, enabled,
				isAwaitingActivation(), lockedUntil, createdAt, lastLoginAt, getRoles(), version);
	}
}
