package cn.tsbase.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.casework.IncidentStatus;
import cn.tsbase.casework.LeakIncidentAnswered;
import cn.tsbase.casework.LeakIncidentClosed;
import cn.tsbase.casework.LeakIncidentReported;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.crypto.EncryptedText;

/**
 * A leak incident (泄露事件) a unit reported to its district. The district records its first contact (the response
 * time runs from the report to it) and its measures, then closes the incident with an outcome; a closed incident may
 * be proposed once as a typical case. The description, the actions taken, the loss estimate, the measures and the
 * outcome are stored SM4-encrypted.
 */
@Entity
@Table(name = "leak_incident")
class LeakIncident extends AbstractAggregateRoot<LeakIncident> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false, updatable = false)
	private String unitName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "base_id", updatable = false)
	private Long baseId;

	@Column(name = "discovered_on", nullable = false)
	private LocalDate discoveredOn;

	@Column(name = "reported_at", nullable = false, updatable = false)
	private Instant reportedAt;

	@Column(name = "reported_by", nullable = false, updatable = false)
	private String reportedBy;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private IncidentOrigin origin;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private IncidentIntent intent;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "secret_category", nullable = false)
	private SecretCategory secretCategory;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private LeakChannel channel;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String description;

	@Convert(converter = EncryptedText.class)
	@Column(name = "estimated_loss")
	private String estimatedLoss;

	@Column(name = "evidence_secured", nullable = false)
	private boolean evidenceSecured;

	@Column(name = "access_revoked", nullable = false)
	private boolean accessRevoked;

	@Column(name = "letters_sent", nullable = false)
	private boolean lettersSent;

	@Column(name = "police_reported", nullable = false)
	private boolean policeReported;

	@Convert(converter = EncryptedText.class)
	@Column(name = "actions_taken")
	private String actionsTaken;

	@Column(name = "help_wanted", nullable = false)
	private boolean helpWanted;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private Remedy remedy;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private IncidentStatus status;

	@Column(name = "first_contact_at")
	private Instant firstContactAt;

	@Column(name = "response_minutes")
	private Long responseMinutes;

	@Convert(converter = EncryptedText.class)
	@Column(name = "response_measures")
	private String responseMeasures;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Referral referral;

	@Column(name = "responded_by")
	private String respondedBy;

	@Convert(converter = EncryptedText.class)
	private String outcome;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private String closedBy;

	@Column(name = "case_id")
	private Long caseId;

	@Version
	private long version;

	protected LeakIncident() {
	}

	/** What the unit reports. */
	record Report(LocalDate discoveredOn, IncidentOrigin origin, IncidentIntent intent, SecretCategory secretCategory,
			LeakChannel channel, String description, String estimatedLoss, boolean evidenceSecured,
			boolean accessRevoked, boolean lettersSent, boolean policeReported, String actionsTaken,
			boolean helpWanted, Remedy remedy) {
	}

	LeakIncident(long unitId, String unitName, String districtCode, Long baseId, Report report, String reportedBy,
			Instant now) {
		this.unitId = unitId;
		this.unitName = unitName;
		this.districtCode = districtCode;
		this.baseId = baseId;
		this.discoveredOn = report.discoveredOn();
		this.origin = report.origin();
		this.intent = report.intent();
		this.secretCategory = report.secretCategory();
		this.channel = report.channel();
		this.description = report.description();
		this.estimatedLoss = report.estimatedLoss();
		this.evidenceSecured = report.evidenceSecured();
		this.accessRevoked = report.accessRevoked();
		this.lettersSent = report.lettersSent();
		this.policeReported = report.policeReported();
		this.actionsTaken = report.actionsTaken();
		this.helpWanted = report.helpWanted();
		this.remedy = report.remedy();
		this.reportedBy = reportedBy;
		this.reportedAt = now;
		this.status = IncidentStatus.REPORTED;
	}

	/**
	 * Records (or corrects) the district's response: the first contact, its measures and any referral; the first one
	 * registers {@link LeakIncidentAnswered}. Refused once the incident is closed, and for a first contact before the
	 * report or in the future.
	 */
	void respond(Instant firstContact, String measures, Referral referral, String officer, Instant now) {
		if (status == IncidentStatus.CLOSED) {
			throw new StateConflictException("casework.incident.closedAlready", "Incident " + id + " is closed");
		}
		if (firstContact.isBefore(reportedAt.truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
				|| firstContact.isAfter(now)) {
			throw new StateConflictException("casework.incident.contactOutOfRange",
					"First contact outside report..now");
		}
		// minutes on the clock: the district types the first contact to the minute
		this.responseMinutes = Math.max(0,
				Duration.between(reportedAt.truncatedTo(java.time.temporal.ChronoUnit.MINUTES), firstContact)
					.toMinutes());
		boolean first = firstContactAt == null;
		this.firstContactAt = firstContact;
		this.responseMeasures = measures;
		this.referral = referral;
		this.respondedBy = officer;
		this.status = IncidentStatus.RESPONDING;
		if (first) {
			registerEvent(new LeakIncidentAnswered(id, unitId, districtCode));
		}
	}

	/** Closes the incident with its outcome ({@link LeakIncidentClosed}); only after the district's first contact. */
	void close(String outcome, String officer, Instant now) {
		if (status != IncidentStatus.RESPONDING) {
			throw new StateConflictException("casework.incident.notResponding", "Incident " + id + " is " + status);
		}
		this.outcome = outcome;
		this.closedBy = officer;
		this.closedAt = now;
		this.status = IncidentStatus.CLOSED;		registerEvent(new LeakIncidentClosed(id, unitId, districtCode));
	}

	/** The report, saved with its id, goes to the district (and the guidance officer): once. */
	void reported() {
		if (id == null || status != IncidentStatus.REPORTED || firstContactAt != null) {
			throw new IllegalStateException("Incident " + id + " is not a new, saved report");
		}
		registerEvent(new LeakIncidentReported(id, unitId, districtCode, helpWanted));
	}

	/** The events registered by transitions and not yet published (for tests). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	/** Marks the incident as proposed as a typical case; once, and only when closed. */
	void proposedAs(long typicalCaseId) {
		if (status != IncidentStatus.CLOSED) {
			throw new StateConflictException("casework.incident.notClosed", "Incident " + id + " is " + status);
		}
		if (caseId != null) {
			throw new StateConflictException("casework.incident.proposedAlready", "Incident " + id + " proposed");
		}
		this.caseId = typicalCaseId;
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitName() {
		return unitName;
	}

	String getDistrictCode() {
		return districtCode;
	}

	Long getBaseId() {
		return baseId;
	}

	LocalDate getDiscoveredOn() {
		return discoveredOn;
	}

	Instant getReportedAt() {
		return reportedAt;
	}

	String getReportedBy() {
		return reportedBy;
	}

	IncidentOrigin getOrigin() {
		return origin;
	}

	IncidentIntent getIntent() {
		return intent;
	}

	SecretCategory getSecretCategory() {
		return secretCategory;
	}

	LeakChannel getChannel() {
		return channel;
	}

	String getDescription() {
		return description;
	}

	String getEstimatedLoss() {
		return estimatedLoss;
	}

	boolean isEvidenceSecured() {
		return evidenceSecured;
	}

	boolean isAccessRevoked() {
		return accessRevoked;
	}

	boolean isLettersSent() {
		return lettersSent;
	}

	boolean isPoliceReported() {
		return policeReported;
	}

	String getActionsTaken() {
		return actionsTaken;
	}

	boolean isHelpWanted() {
		return helpWanted;
	}

	Remedy getRemedy() {
		return remedy;
	}

	IncidentStatus getStatus() {
		return status;
	}

	Instant getFirstContactAt() {
		return firstContactAt;
	}

	Long getResponseMinutes() {
		return responseMinutes;
	}

	String getResponseMeasures() {
		return responseMeasures;
	}

	Referral getReferral() {
		return referral;
	}

	String getRespondedBy() {
		return respondedBy;
	}

	String getOutcome() {
		return outcome;
	}

	Instant getClosedAt() {
		return closedAt;
	}

	String getClosedBy() {
		return closedBy;
	}

	Long getCaseId() {
		return caseId;
	}

	long getVersion() {
		return version;
	}
}
