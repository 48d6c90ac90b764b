package cn.tsbase.organization.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.tsbase.organization.UnitProfile;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.organization.UnitView;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.crypto.EncryptedText;

/** A unit (申报单位), identified by its unified social credit code. */
@Entity
@Table(name = "unit")
class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, updatable = false, length = 18)
	private String uscc;

	@Column(name = "unit_type_code", nullable = false)
	private String unitTypeCode;

	@Column(name = "industry_code", nullable = false)
	private String industryCode;

	@Column(name = "district_code", nullable = false)
	private String districtCode;

	@Column(nullable = false)
	private String address;

	@Column(nullable = false, length = 6)
	private String postcode;

	@Column(name = "legal_representative", nullable = false)
	private String legalRepresentative;

	@Column(nullable = false)
	private int headcount;

	@Column(name = "annual_output", precision = 16, scale = 2)
	private BigDecimal annualOutput;

	@Column(name = "contact_person", nullable = false)
	private String contactPerson;

	@Column(name = "contact_title", nullable = false)
	private String contactTitle;

	@Convert(converter = EncryptedText.class)
	@Column(name = "contact_mobile", nullable = false)
	private String contactMobile;

	@Convert(converter = EncryptedText.class)
	@Column(name = "contact_email", nullable = false)
	private String contactEmail;

	@Column(name = "registered_at", nullable = false, updatable = false)
	private Instant registeredAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Unit() {
	}

	Unit(Uscc uscc, String districtCode, UnitDetails details, Instant now) {
		this.uscc = uscc.value();
		this.districtCode = districtCode;
		this.registeredAt = now;
		apply(details);
		this.updatedAt = now;
	}

	/**
	 * Applies an edit of the profile.
	 *
	 * @return the fields that changed, with their old and new values; empty when nothing changed
	 */
	List<FieldChange> update(UnitDetails details, Instant now) {
		List<FieldChange> changes = new ArrayList<>();
		compare(changes, "name", name, details.name());
		compare(changes, "unitTypeCode", unitTypeCode, details.unitTypeCode());
		compare(changes, "industryCode", industryCode, details.industryCode());
		compare(changes, "address", address, details.address());
		compare(changes, "postcode", postcode, details.postcode());
		compare(changes, "legalRepresentative", legalRepresentative, details.legalRepresentative());
		compare(changes, "headcount", headcount, details.headcount());
		compare(changes, "annualOutput", annualOutput == null ? null : annualOutput.stripTrailingZeros().toPlainString(),
				details.annualOutput() == null ? null : details.annualOutput().stripTrailingZeros().toPlainString());
		compare(changes, "contactPerson", contactPerson, details.contactPerson());
		compare(changes, "contactTitle", contactTitle, details.contactTitle());
		compare(changes, "contactMobile", contactMobile, details.contactMobile());
		compare(changes, "contactEmail", contactEmail, details.contactEmail());
		if (!changes.isEmpty()) {
			apply(details);
			updatedAt = now;
		}
		return changes;
	}

	private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}

	private void apply(UnitDetails details) {
		this.name = details.name();
		this.unitTypeCode = details.unitTypeCode();
		this.industryCode = details.industryCode();
		this.address = details.address();
		this.postcode = details.postcode();
		this.legalRepresentative = details.legalRepresentative();
		this.headcount = details.headcount();
		this.annualOutput = details.annualOutput();
		this.contactPerson = details.contactPerson();
		this.contactTitle = details.contactTitle();
		this.contactMobile = details.contactMobile();
		this.contactEmail = details.contactEmail();
	}

	public UnitDetails details() {
		return new UnitDetails(name, unitTypeCode, industryCode, address, postcode, legalRepresentative, headcount,
				annualOutput, contactPerson, contactTitle, contactMobile, contactEmail);
	}

	public UnitProfile profile() {
		return new UnitProfile(id, name, uscc, unitTypeCode, industryCode, districtCode, address, postcode,
				legalRepresentative, headcount, annualOutput, contactPerson, contactTitle, contactMobile, contactEmail);
	}

	public UnitSummary summary() {
		return new UnitSummary(id, name, uscc, unitTypeCode, industryCode, districtCode);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getUscc() {
		return uscc;
	}

	public String getUnitTypeCode() {
		return unitTypeCode;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public String getAddress() {
		return address;
	}

	public String getPostcode() {
		return postcode;
	}

	public String getLegalRepresentative() {
		return legalRepresentative;
	}

	public int getHeadcount() {
		return headcount;
	}

	public BigDecimal getAnnualOutput() {
		return annualOutput;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public String getContactTitle() {
		return contactTitle;
	}

	public String getContactMobile() {
		return contactMobile;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

	/** The unit as its pages and the JSON API show it. */
	UnitView view() {
		return new UnitView(id, name, uscc, unitTypeCode, industryCode, districtCode, address, postcode,
				legalRepresentative, headcount, annualOutput, contactPerson, contactTitle, contactMobile, contactEmail,
				registeredAt, updatedAt, version);
	}
}
