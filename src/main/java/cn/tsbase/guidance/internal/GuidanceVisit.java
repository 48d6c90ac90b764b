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

import cn.tsbase.guidance.GuidanceVisitAnswered;
import cn.tsbase.guidance.GuidanceVisitRecorded;
import cn.tsbase.shared.StateConflictException;

/**
 * A guidance visit or online session (指导记录) as the officer recorded it: when, how, who took part, the topics, what
 * was checked and found. The unit confirms the record or comments on it, once. The visit registers its events
 * ({@link GuidanceVisitRecorded}, {@link GuidanceVisitAnswered}), published when it is saved.
 */
@Entity
@Table(name = "guidance_visit")
class GuidanceVisit extends AbstractAggregateRoot<GuidanceVisit> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "officer_id", updatable = false)
	private GuidanceOfficer officer;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false, updatable = false)
	private String unitName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "base_id", updatable = false)
	private Long baseId;

	@Column(name = "request_id", updatable = false)
	private Long requestId;

	@Column(name = "visited_on", nullable = false, updatable = false)
	private LocalDate visitedOn;

	@Column(name = "visit_year", nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private GuidanceMode mode;

	@Column(nullable = false, updatable = false)
	private String participants;

	@Column(nullable = false, updatable = false)
	private String topics;

	@Column(nullable = false, updatable = false)
	private String checked;

	@Column(nullable = false, updatable = false)
	private String findings;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private VisitStatus status;

	@Column(name = "unit_comment")
	private String unitComment;

	@Column(name = "answered_by")
	private String answeredBy;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Version
	private Long version;

	protected GuidanceVisit() {
	}

	GuidanceVisit(GuidanceOfficer officer, long unitId, String unitName, String districtCode, Long baseId,
			Long requestId, VisitRecord record, String recordedBy, Instant recordedAt) {
		this.officer = officer;
		this.unitId = unitId;
		this.unitName = unitName;
		this.districtCode = districtCode;
		this.baseId = baseId;
		this.requestId = requestId;
		this.visitedOn = record.visitedOn();
		this.year = record.visitedOn().getYear();
		this.mode = record.mode();
		this.participants = record.participants();
		this.topics = String.join(",", record.topics());
		this.checked = String.join(",", record.checked().stream().map(Enum::name).toList());
		this.findings = record.findings();
		this.status = VisitStatus.RECORDED;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/**
	 * The visit, saved with its id and its recommendations, is handed to the unit to confirm: registers
	 * {@link GuidanceVisitRecorded}, once.
	 */
	GuidanceVisitRecorded recorded(int recommendations) {
		if (id == null || status != VisitStatus.RECORDED || !domainEvents().isEmpty()) {
			throw new IllegalStateException("Visit " + id + " is not a new, saved visit");
		}
		return registerEvent(new GuidanceVisitRecorded(id, unitId, unitName, officer.getDisplayName(), visitedOn,
				recommendations));
	}

	/** The unit confirms the record as a true account; only once, and not after commenting. */
	GuidanceVisitAnswered confirm(String by, Instant at) {
		return answer(VisitStatus.CONFIRMED, null, by, at);
	}

	/** The unit comments on the record instead of confirming it; only once. */
	GuidanceVisitAnswered comment(String comment, String by, Instant at) {
		return answer(VisitStatus.COMMENTED, comment, by, at);
	}

	private GuidanceVisitAnswered answer(VisitStatus to, String comment, String by, Instant at) {
		if (status != VisitStatus.RECORDED) {
			throw new StateConflictException("guidance.visit.alreadyAnswered", "Visit " + id + " is " + status);
		}
		this.status = to;
		this.unitComment = comment;
		this.answeredBy = by;
		this.answeredAt = at;
		return registerEvent(new GuidanceVisitAnswered(id, unitId, to == VisitStatus.CONFIRMED));
	}

	/** The events registered by transitions and not yet published (for tests). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	VisitView toView() {
		return new VisitView(id, officer.getId(), officer.getDisplayName(), unitId, unitName, districtCode, baseId,
				requestId, visitedOn, mode, participants, split(topics),
				split(checked).stream().map(CheckedItem::valueOf).toList(), findings, status, unitComment, answeredAt,
				recordedAt, version);
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	Long getId() {
		return id;
	}

	GuidanceOfficer getOfficer() {
		return officer;
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

	Long getVersion() {
		return version;
	}
}
