package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.declaration.DeclaredStandards;
import cn.tsbase.base.BaseDesignated;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.internal.ProfileParts.Leadership;
import cn.tsbase.operation.internal.ProfileParts.Liaison;
import cn.tsbase.operation.internal.ProfileParts.Office;
import cn.tsbase.operation.internal.ProfileParts.Rules;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.crypto.EncryptedText;

/**
 * A base's profile (示范基地档案): the content of its five construction standards, kept current by the unit. Every
 * change counts a revision; a new liaison officer takes effect only when the district confirms.
 */
@Entity
@Table(name = "base_profile")
class BaseProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "base_id", nullable = false, updatable = false)
	private Long baseId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false)
	private String unitName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "base_type", nullable = false, updatable = false)
	private BaseType baseType;

	@Column(name = "batch_year", nullable = false, updatable = false)
	private int batchYear;

	@Column(name = "leadership_head")
	private String leadershipHead;

	@Column(name = "leadership_head_title")
	private String leadershipHeadTitle;

	@Column(name = "leadership_members")
	private String leadershipMembers;

	@Column(name = "leadership_document")
	private String leadershipDocument;

	@Column(name = "leadership_funding")
	private String leadershipFunding;

	@Column(name = "office_department")
	private String officeDepartment;

	@Column(name = "office_address")
	private String officeAddress;

	@Column(name = "office_full_time")
	private Integer officeFullTime;

	@Column(name = "office_part_time")
	private Integer officePartTime;

	@Column(name = "rules_list")
	private String rulesList;

	@Column(name = "emergency_procedure")
	private String emergencyProcedure;

	@Column(name = "member_rules")
	private String memberRules;

	@Column(name = "liaison_name")
	private String liaisonName;

	@Column(name = "liaison_title")
	private String liaisonTitle;

	@Convert(converter = EncryptedText.class)
	@Column(name = "liaison_phone")
	private String liaisonPhone;

	@Convert(converter = EncryptedText.class)
	@Column(name = "liaison_email")
	private String liaisonEmail;

	@Column(name = "pending_liaison_name")
	private String pendingLiaisonName;

	@Column(name = "pending_liaison_title")
	private String pendingLiaisonTitle;

	@Convert(converter = EncryptedText.class)
	@Column(name = "pending_liaison_phone")
	private String pendingLiaisonPhone;

	@Convert(converter = EncryptedText.class)
	@Column(name = "pending_liaison_email")
	private String pendingLiaisonEmail;

	@Column(name = "pending_liaison_by")
	private String pendingLiaisonBy;

	@Column(name = "pending_liaison_at")
	private Instant pendingLiaisonAt;

	@Column(name = "accepted_plan_year")
	private Integer acceptedPlanYear;

	/**
	 * The editable standards without their required content, comma-separated ('' when none; null until computed):
	 * kept with every change so the district's flags are counted and filtered in the query. The annual plan is not in
	 * it, it depends on the year (accepted_plan_year).
	 */
	@Column(name = "incomplete_standards")
	private String incompleteStandards;

	@Column(nullable = false)
	private int revision;

	@Column(name = "district_seen_revision", nullable = false)
	private int districtSeenRevision;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Version
	private long version;

	protected BaseProfile() {
	}

	/** The profile of a newly designated base, with what is known at designation (the unit's contact as liaison). */
	/**
	 * The profile of a newly designated base, prefilled with the standards its unit declared (when known; cut to the
	 * profile's field lengths) and the liaison officer (declared, else the unit's registered contact).
	 */
	static BaseProfile opened(BaseDesignated designated, DeclaredStandards declared, Liaison liaison, Instant now) {
		BaseProfile profile = opened(designated, liaison, now);
		if (declared != null) {
			profile.leadershipHead = cut(declared.leaderName(), 50);
			profile.leadershipHeadTitle = cut(declared.leaderTitle(), 50);
			profile.leadershipMembers = cut(declared.leadershipMembers(), 1000);
			profile.officeDepartment = cut(declared.officeDepartment(), 100);
			profile.officeAddress = cut(declared.officeRoom(), 200);
			profile.officeFullTime = declared.fullTimeStaff();
			profile.officePartTime = declared.partTimeStaff();
			profile.rulesList = cut(declared.rules(), 2000);
			profile.emergencyProcedure = cut(declared.emergencyPlan(), 1000);
		}
		profile.refreshCompleteness();
		return profile;
	}

	private static String cut(String value, int length) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() <= length ? stripped : stripped.substring(0, length);
	}

	static BaseProfile opened(BaseDesignated designated, Liaison liaison, Instant now) {
		BaseProfile profile = new BaseProfile();
		profile.baseId = designated.baseId();
		profile.unitId = designated.unitId();
		profile.unitName = designated.unitName();
		profile.districtCode = designated.districtCode();
		profile.baseType = designated.baseType();
		profile.batchYear = designated.batchYear();
		if (liaison != null) {
			profile.setLiaison(liaison);
		}
		profile.createdAt = now;
		profile.updatedAt = now;
		profile.updatedBy = "system";
		profile.refreshCompleteness();
		return profile;
	}

	/** @return the revision recorded, or null when nothing changed */
	ProfileRevision updateLeadership(Leadership leadership, String by, Instant now) {
		List<String> changed = leadership.changedFrom(leadership());
		leadershipHead = leadership.head();
		leadershipHeadTitle = leadership.headTitle();
		leadershipMembers = leadership.members();
		leadershipDocument = leadership.document();
		leadershipFunding = leadership.funding();
		return revised(Standard.LEADERSHIP, changed, by, now);
	}

	ProfileRevision updateOffice(Office office, String by, Instant now) {
		List<String> changed = office.changedFrom(office());
		officeDepartment = office.department();
		officeAddress = office.address();
		officeFullTime = office.fullTimeStaff();
		officePartTime = office.partTimeStaff();
		return revised(Standard.OFFICE, changed, by, now);
	}

	ProfileRevision updateRules(Rules rules, String by, Instant now) {
		Rules kept = baseType == BaseType.ZONE ? rules : new Rules(rules.rulesList(), rules.emergencyProcedure(), null);
		List<String> changed = kept.changedFrom(rules());
		rulesList = kept.rulesList();
		emergencyProcedure = kept.emergencyProcedure();
		memberRules = kept.memberRules();
		return revised(Standard.RULES, changed, by, now);
	}

	/**
	 * Names a new liaison officer; the current one stays until the district confirms. A request equal to the current
	 * officer withdraws a pending change.
	 *
	 * @return the revision recorded, or null when nothing changed
	 */
	ProfileRevision requestLiaison(Liaison liaison, String by, Instant now) {
		Liaison pending = pendingLiaison();
		if (liaison.equals(liaison())) {
			if (pending == null) {
				return null;
			}
			clearPending();
			return revised(Standard.LIAISON, List.of("pendingWithdrawn"), by, now);
		}
		if (liaison.equals(pending)) {
			return null;
		}
		pendingLiaisonName = liaison.name();
		pendingLiaisonTitle = liaison.title();
		pendingLiaisonPhone = liaison.phone();
		pendingLiaisonEmail = liaison.email();
		pendingLiaisonBy = by;
		pendingLiaisonAt = now;
		List<String> changed = liaison.changedFrom(liaison());
		return revised(Standard.LIAISON, changed.stream().map(f -> "pending." + f).toList(), by, now);
	}

	/** The district confirms the pending liaison officer, who takes over. */
	ProfileRevision confirmLiaison(String by, Instant now) {
		Liaison pending = pendingLiaison();
		if (pending == null) {
			throw new StateConflictException("operation.liaison.nothingPending", "No liaison change pending");
		}
		List<String> changed = pending.changedFrom(liaison());
		setLiaison(pending);
		clearPending();
		return revised(Standard.LIAISON, changed.stream().map(f -> "confirmed." + f).toList(), by, now);
	}

	/**
	 * An evidence file of a standard was added or removed: a revision like any other change, so the district sees it
	 * among the changes since it last looked.
	 */
	ProfileRevision evidenceChanged(Standard standard, boolean added, String by, Instant now) {
		return revised(standard, List.of(added ? "evidenceAdded" : "evidenceRemoved"), by, now);
	}

	/** The district has seen every revision up to now. */
	void markSeenByDistrict() {
		districtSeenRevision = revision;
	}

	void planAccepted(int year) {
		if (acceptedPlanYear == null || acceptedPlanYear < year) {
			acceptedPlanYear = year;
		}
	}

	/** The standards without their required content in the given year. */
	public Set<Standard> missingStandards(int year) {
		return StandardCompleteness.missing(this, year);
	}

	/** Recomputes which editable standards lack their required content (see {@code incompleteStandards}). */
	void refreshCompleteness() {
		incompleteStandards = StandardCompleteness.missing(this, Integer.MIN_VALUE)
			.stream()
			.filter(Standard::isEditable)
			.map(Standard::name)
			.collect(java.util.stream.Collectors.joining(","));
	}

	String getIncompleteStandards() {
		return incompleteStandards;
	}

	private ProfileRevision revised(Standard standard, List<String> changed, String by, Instant now) {
		refreshCompleteness();
		if (changed.isEmpty()) {
			return null;
		}
		revision++;
		updatedAt = now;
		updatedBy = by;
		return new ProfileRevision(id, revision, standard, String.join(",", changed), by, now);
	}

	private void setLiaison(Liaison liaison) {
		liaisonName = liaison.name();
		liaisonTitle = liaison.title();
		liaisonPhone = liaison.phone();
		liaisonEmail = liaison.email();
	}

	private void clearPending() {
		pendingLiaisonName = null;
		pendingLiaisonTitle = null;
		pendingLiaisonPhone = null;
		pendingLiaisonEmail = null;
		pendingLiaisonBy = null;
		pendingLiaisonAt = null;
	}

	public Leadership leadership() {
		return new Leadership(leadershipHead, leadershipHeadTitle, leadershipMembers, leadershipDocument,
				leadershipFunding);
	}

	public Office office() {
		return new Office(officeDepartment, officeAddress, officeFullTime, officePartTime);
	}

	public Rules rules() {
		return new Rules(rulesList, emergencyProcedure, memberRules);
	}

	public Liaison liaison() {
		return new Liaison(liaisonName, liaisonTitle, liaisonPhone, liaisonEmail);
	}

	/** The liaison officer named but not yet confirmed by the district, or null. */
	public Liaison pendingLiaison() {
		if (pendingLiaisonAt == null) {
			return null;
		}
		return new Liaison(pendingLiaisonName, pendingLiaisonTitle, pendingLiaisonPhone, pendingLiaisonEmail);
	}

	public Long getId() {
		return id;
	}

	public Long getBaseId() {
		return baseId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getUnitName() {
		return unitName;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	/** The first day the base was followed here (Beijing time): reports of periods ending before it are not owed. */
	LocalDate openedOn() {
		return createdAt.atZone(BaseProfiles.BEIJING).toLocalDate();
	}

	public BaseType getBaseType() {
		return baseType;
	}

	public int getBatchYear() {
		return batchYear;
	}

	public Integer getAcceptedPlanYear() {
		return acceptedPlanYear;
	}

	public String getPendingLiaisonBy() {
		return pendingLiaisonBy;
	}

	public Instant getPendingLiaisonAt() {
		return pendingLiaisonAt;
	}

	public int getRevision() {
		return revision;
	}

	public int getDistrictSeenRevision() {
		return districtSeenRevision;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public long getVersion() {
		return version;
	}
}
