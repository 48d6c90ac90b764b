package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

import cn.tsbase.operation.LiaisonProblemClosed;
import cn.tsbase.operation.LiaisonProblemForwarded;
import cn.tsbase.shared.StateConflictException;

/**
 * A problem (存在问题) a base raised in a liaison report, tracked to closure: it is a draft while its report is, opens
 * when the report is submitted, the district replies and handles it itself or forwards it to the municipal bureau, and
 * whoever handles it closes it with an answer the base sees. Forwarding registers {@link LiaisonProblemForwarded},
 * closing {@link LiaisonProblemClosed}; the use case's save publishes them.
 */
@Entity
@Table(name = "liaison_problem")
class LiaisonProblem extends AbstractAggregateRoot<LiaisonProblem> {

	enum Status {
		DRAFT, OPEN, IN_HAND, FORWARDED, CLOSED;

		String messageKey() {
			return "operation.problem.status." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, updatable = false)
	private Long reportId;

	@Column(name = "base_id", nullable = false, updatable = false)
	private Long baseId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false, updatable = false)
	private String unitName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "period_start", nullable = false, updatable = false)
	private LocalDate periodStart;

	@Column(nullable = false)
	private String description;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private Status status;

	@Column(name = "raised_on")
	private LocalDate raisedOn;

	private String reply;

	@Column(name = "replied_by")
	private String repliedBy;

	private String answer;

	@Column(name = "closed_by")
	private String closedBy;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected LiaisonProblem() {
	}

	LiaisonProblem(LiaisonReport report, String description, Instant now) {
		this.reportId = report.getId();
		this.baseId = report.getBaseId();
		this.unitId = report.getUnitId();
		this.unitName = report.getUnitName();
		this.districtCode = report.getDistrictCode();
		this.periodStart = report.getPeriodStart();
		this.description = description;
		this.status = Status.DRAFT;
		this.updatedAt = now;
	}

	boolean isDraft() {
		return status == Status.DRAFT;
	}

	void raise(LocalDate today, Instant now) {
		if (status == Status.DRAFT) {
			status = Status.OPEN;
			raisedOn = today;
			updatedAt = now;
		}
	}

	/** The district replies and takes the problem in hand itself. */
	void reply(String text, String by, Instant now) {
		requireOpen();
		requireText(text);
		reply = text;
		repliedBy = by;
		if (status == Status.OPEN) {
			status = Status.IN_HAND;
		}
		updatedAt = now;
	}

	/** The district forwards the problem to the municipal bureau, with a note on what it needs. */
	void forward(String note, String by, Instant now) {
		if (status != Status.OPEN && status != Status.IN_HAND) {
			throw new StateConflictException("operation.problem.notForwardable", "Problem " + id + " is " + status);
		}
		requireText(note);
		reply = note;
		repliedBy = by;
		status = Status.FORWARDED;
		updatedAt = now;
		registerEvent(new LiaisonProblemForwarded(id, baseId, unitName, districtCode));
	}

	/** Closes the problem with the answer the base sees. */
	void close(String text, String by, LocalDate today, Instant now) {
		requireOpen();
		requireText(text);
		answer = text;
		closedBy = by;
		closedOn = today;
		status = Status.CLOSED;
		updatedAt = now;
		registerEvent(new LiaisonProblemClosed(id, baseId, unitId, unitName, districtCode, periodStart));
	}

	/** The events registered by transitions and not yet published (for tests). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	private void requireOpen() {
		if (status == Status.DRAFT || status == Status.CLOSED) {
			throw new StateConflictException("operation.problem.notOpen", "Problem " + id + " is " + status);
		}
	}

	private static void requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new StateConflictException("operation.problem.textRequired", "An answer needs a text");
		}
	}

	Long getId() {
		return id;
	}

	Long getReportId() {
		return reportId;
	}

	Long getBaseId() {
		return baseId;
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

	LocalDate getPeriodStart() {
		return periodStart;
	}

	String getDescription() {
		return description;
	}

	Status getStatus() {
		return status;
	}

	LocalDate getRaisedOn() {
		return raisedOn;
	}

	String getReply() {
		return reply;
	}

	String getRepliedBy() {
		return repliedBy;
	}

	String getAnswer() {
		return answer;
	}

	String getClosedBy() {
		return closedBy;
	}

	LocalDate getClosedOn() {
		return closedOn;
	}

	long getVersion() {
		return version;
	}
}
