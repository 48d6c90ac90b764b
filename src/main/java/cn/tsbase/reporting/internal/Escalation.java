package cn.tsbase.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.reporting.EscalationAnswered;
import cn.tsbase.shared.StateConflictException;

/**
 * A problem a district raised with the municipal bureau between reports (问题反映), about some of its bases, or a
 * liaison report's problem it forwarded. It stays open until the bureau answers it, once.
 */
@Entity
@Table(name = "escalation")
class Escalation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(nullable = false, updatable = false)
	private String title;

	@Column(nullable = false, updatable = false)
	private String description;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private EscalationSource source;

	@Column(name = "liaison_problem_id", updatable = false)
	private Long liaisonProblemId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private EscalationStatus status;

	private String answer;

	@Column(name = "raised_by", nullable = false, updatable = false)
	private String raisedBy;

	@Column(name = "raised_at", nullable = false, updatable = false)
	private Instant raisedAt;

	@Column(name = "answered_by")
	private String answeredBy;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "escalation_base", joinColumns = @JoinColumn(name = "escalation_id"))
	@OrderColumn(name = "position")
	private List<ConcernedBase> bases = new ArrayList<>();

	@Version
	private long version;

	/** A base the problem concerns, with its unit's name as it was. */
	@Embeddable
	record ConcernedBase(@Column(name = "base_id", nullable = false) Long baseId,
			@Column(name = "unit_name", nullable = false) String unitName) {
	}

	protected Escalation() {
	}

	Escalation(String districtCode, String title, String description, EscalationSource source, Long liaisonProblemId,
			List<ConcernedBase> bases, String raisedBy, Instant now) {
		this.districtCode = districtCode;
		this.title = title;
		this.description = description;
		this.source = source;
		this.liaisonProblemId = liaisonProblemId;
		this.bases.addAll(bases);
		this.raisedBy = raisedBy;
		this.raisedAt = now;
		this.status = EscalationStatus.OPEN;
	}

	/** The municipal bureau answers the problem; an answered one is not answered again. */
	EscalationAnswered answer(String text, String by, Instant now) {
		if (status != EscalationStatus.OPEN) {
			throw new StateConflictException("reporting.escalation.notOpen", "Escalation " + id + " is " + status);
		}
		if (text == null || text.isBlank()) {
			throw new StateConflictException("reporting.escalation.answerRequired", "An answer needs a text");
		}
		status = EscalationStatus.ANSWERED;
		answer = text;
		answeredBy = by;
		answeredAt = now;
		return new EscalationAnswered(id, districtCode, title);
	}

	Long getId() {
		return id;
	}

	String getDistrictCode() {
		return districtCode;
	}

	String getTitle() {
		return title;
	}

	String getDescription() {
		return description;
	}

	EscalationSource getSource() {
		return source;
	}

	Long getLiaisonProblemId() {
		return liaisonProblemId;
	}

	EscalationStatus getStatus() {
		return status;
	}

	String getAnswer() {
		return answer;
	}

	String getRaisedBy() {
		return raisedBy;
	}

	Instant getRaisedAt() {
		return raisedAt;
	}

	String getAnsweredBy() {
		return answeredBy;
	}

	Instant getAnsweredAt() {
		return answeredAt;
	}

	List<ConcernedBase> getBases() {
		return bases;
	}

	long getVersion() {
		return version;
	}
}
