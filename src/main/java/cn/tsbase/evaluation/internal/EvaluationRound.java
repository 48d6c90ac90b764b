package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
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

import cn.tsbase.evaluation.EvaluationResultsPublished;
import cn.tsbase.shared.StateConflictException;

/**
 * The year's evaluation round (年度评估): which bases (designated before a date), the self-evaluation and district
 * scoring deadlines, the indicator system of each base type; published once under a document number.
 */
@Entity
@Table(name = "evaluation_round")
class EvaluationRound extends AbstractAggregateRoot<EvaluationRound> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_year", nullable = false, updatable = false)
	private int year;

	@Column(name = "designated_before", nullable = false, updatable = false)
	private LocalDate designatedBefore;

	@Column(name = "self_deadline", nullable = false)
	private LocalDate selfDeadline;

	@Column(name = "district_deadline", nullable = false)
	private LocalDate districtDeadline;

	@Column(name = "point_system_id", nullable = false, updatable = false)
	private Long pointSystemId;

	@Column(name = "zone_system_id", nullable = false, updatable = false)
	private Long zoneSystemId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private RoundStatus status;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "opened_by", nullable = false, updatable = false)
	private String openedBy;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	/** What happens to a base without a self-evaluation once the self-evaluation deadline has passed. */
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "missed_self_rule", nullable = false)
	private MissedSelfEvaluationRule missedSelfRule = MissedSelfEvaluationRule.DEFAULT;

	@Version
	private long version;

	protected EvaluationRound() {
	}

	EvaluationRound(int year, LocalDate designatedBefore, LocalDate selfDeadline, LocalDate districtDeadline,
			long pointSystemId, long zoneSystemId, String openedBy, Instant now) {
		if (districtDeadline.isBefore(selfDeadline)) {
			throw new IllegalArgumentException("District deadline before the self-evaluation deadline");
		}
		this.year = year;
		this.designatedBefore = designatedBefore;
		this.selfDeadline = selfDeadline;
		this.districtDeadline = districtDeadline;
		this.pointSystemId = pointSystemId;
		this.zoneSystemId = zoneSystemId;
		this.status = RoundStatus.OPEN;
		this.openedBy = openedBy;
		this.openedAt = now;
	}

	void requireOpen() {
		if (status != RoundStatus.OPEN) {
			throw new StateConflictException("evaluation.round.notOpen", "Round " + id + " is " + status);
		}
	}

	/** Publishes the results (the evaluations' grades, listed by the caller) under the notice's number. */
	void publish(String number, LocalDate on, java.util.List<EvaluationResultsPublished.Result> results) {
		requireOpen();
		this.documentNumber = number;
		this.publishedOn = on;
		this.status = RoundStatus.PUBLISHED;
		registerEvent(new EvaluationResultsPublished(id, year, number, on, results));
	}

	/** The events registered by transitions and not yet published (for tests). */
	java.util.List<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	/** The bureau sets the rule while the round is open and its self-evaluation deadline has not passed. */
	void setMissedSelfRule(MissedSelfEvaluationRule rule, LocalDate today) {
		requireOpen();
		if (today.isAfter(selfDeadline)) {
			throw new StateConflictException("evaluation.missedSelf.tooLate", "Round " + id + " deadline passed");
		}
		this.missedSelfRule = rule;
	}

	MissedSelfEvaluationRule getMissedSelfRule() {
		return missedSelfRule;
	}

	Long getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	LocalDate getDesignatedBefore() {
		return designatedBefore;
	}

	LocalDate getSelfDeadline() {
		return selfDeadline;
	}

	LocalDate getDistrictDeadline() {
		return districtDeadline;
	}

	Long getPointSystemId() {
		return pointSystemId;
	}

	Long getZoneSystemId() {
		return zoneSystemId;
	}

	RoundStatus getStatus() {
		return status;
	}

	String getDocumentNumber() {
		return documentNumber;
	}

	LocalDate getPublishedOn() {
		return publishedOn;
	}

	String getOpenedBy() {
		return openedBy;
	}

	Instant getOpenedAt() {
		return openedAt;
	}

	long getVersion() {
		return version;
	}
}
