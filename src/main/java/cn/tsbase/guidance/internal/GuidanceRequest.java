package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.guidance.GuidanceRequestAssigned;
import cn.tsbase.guidance.GuidanceRequested;
import cn.tsbase.shared.StateConflictException;

/**
 * A unit's request for guidance (指导申请): topics, online or on site, what it needs. The district assigns it to a
 * guidance officer with a planned day; a visit recorded for it answers it.
 */
@Entity
@Table(name = "guidance_request")
class GuidanceRequest extends AbstractAggregateRoot<GuidanceRequest> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false, updatable = false)
	private String unitName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(nullable = false, updatable = false)
	private String topics;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private GuidanceMode mode;

	@Column(nullable = false, updatable = false)
	private String description;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private RequestStatus status;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "officer_id")
	private GuidanceOfficer officer;

	@Column(name = "planned_on")
	private LocalDate plannedOn;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "assigned_by")
	private String assignedBy;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Version
	private Long version;

	protected GuidanceRequest() {
	}

	GuidanceRequest(long unitId, String unitName, String districtCode, List<String> topics, GuidanceMode mode,
			String description, String requestedBy, Instant requestedAt) {
		this.unitId = unitId;
		this.unitName = unitName;
		this.districtCode = districtCode;
		this.topics = String.join(",", topics);
		this.mode = mode;
		this.description = description;
		this.status = RequestStatus.SUBMITTED;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	/**
	 * The request, saved with its id, is handed to the district: registers {@link GuidanceRequested}, once.
	 */
	GuidanceRequested submitted() {
		if (id == null || status != RequestStatus.SUBMITTED || assignedAt != null) {
			throw new IllegalStateException("Request " + id + " is not a new, saved request");
		}
		return registerEvent(new GuidanceRequested(id, unitId, unitName, districtCode,
				Arrays.asList(topics.split(","))));
	}

	/**
	 * Assigns (or, before any visit answered it, reassigns) the request to an officer of its district; refused once a
	 * visit answered it.
	 */
	GuidanceRequestAssigned assign(GuidanceOfficer to, LocalDate plannedOn, String by, Instant at) {
		if (status == RequestStatus.DONE) {
			throw new StateConflictException("guidance.request.alreadyDone", "Request " + id + " is answered");
		}
		if (!to.getDistrictCode().equals(districtCode)) {
			throw new StateConflictException("guidance.request.officerOfOtherDistrict",
					"Officer " + to.getId() + " is not of district " + districtCode);
		}
		this.officer = to;
		this.plannedOn = plannedOn;
		this.status = RequestStatus.ASSIGNED;
		this.assignedBy = by;
		this.assignedAt = at;
		return registerEvent(new GuidanceRequestAssigned(id, unitId, unitName, to.getId(), to.getAccountId(),
				to.getDisplayName(), plannedOn));
	}

	/** A visit answered the request: only an assigned request can be answered, by its own officer. */
	void answer(GuidanceOfficer by) {
		if (status != RequestStatus.ASSIGNED || officer == null || !officer.getId().equals(by.getId())) {
			throw new StateConflictException("guidance.request.notAssignedToYou", "Request " + id + " not open to "
					+ by.getId());
		}
		this.status = RequestStatus.DONE;
	}

	/** The events registered by transitions and not yet published (for tests). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	RequestView toView() {
		return new RequestView(id, unitId, unitName, districtCode, Arrays.asList(topics.split(",")), mode, description,
				status, officer == null ? null : officer.getId(), officer == null ? null : officer.getDisplayName(),
				plannedOn, requestedBy, requestedAt, assignedAt, version);
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}
}
