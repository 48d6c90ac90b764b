package cn.tsbase.guidance.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.tsbase.shared.crypto.EncryptedText;

/**
 * A guidance officer (商业秘密保护指导员) as appointed by a district: an account holding the GUIDANCE_OFFICER role, with
 * the field of expertise and the contact (phone and e-mail stored encrypted).
 */
@Entity
@Table(name = "guidance_officer")
class GuidanceOfficer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private Long accountId;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(nullable = false)
	private String expertise;

	@Convert(converter = EncryptedText.class)
	private String phone;

	@Convert(converter = EncryptedText.class)
	private String email;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "appointed_by", nullable = false)
	private String appointedBy;

	@Column(name = "appointed_at", nullable = false)
	private Instant appointedAt;

	@Version
	private Long version;

	protected GuidanceOfficer() {
	}

	GuidanceOfficer(long accountId, String username, String displayName, String districtCode, String expertise,
			String phone, String email, String appointedBy, Instant appointedAt) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.districtCode = districtCode;
		this.expertise = expertise;
		this.phone = phone;
		this.email = email;
		this.active = true;
		this.appointedBy = appointedBy;
		this.appointedAt = appointedAt;
	}

	void update(String expertise, String phone, String email) {
		this.expertise = expertise;
		this.phone = phone;
		this.email = email;
		this.active = true;
	}

	OfficerView toView() {
		return new OfficerView(id, accountId, username, displayName, districtCode, expertise, phone, email, active,
				appointedAt, version);
	}

	Long getId() {
		return id;
	}

	Long getAccountId() {
		return accountId;
	}

	String getDisplayName() {
		return displayName;
	}

	String getDistrictCode() {
		return districtCode;
	}

	String getExpertise() {
		return expertise;
	}

	Long getVersion() {
		return version;
	}
}
