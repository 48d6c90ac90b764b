package cn.tsbase.selection.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.selection.ExpertScoreView;
import cn.tsbase.selection.ExpertScoreView.Status;
import cn.tsbase.shared.StateConflictException;

/**
 * An expert's score of one assigned declaration against the round's rubric: a draft the expert saves as often as they
 * like, then submitted, after which it is locked until the municipal officer reopens it.
 */
@Entity
@Table(name = "expert_score")
class ExpertScore {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "assignment_id", nullable = false, updatable = false)
	private Long assignmentId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private Status status;

	/** Loaded with the score by the repository's queries (a fetch join), never one query per score. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "expert_score_line", joinColumns = @JoinColumn(name = "score_id"))
	@MapKeyColumn(name = "item_code")
	private Map<String, ScoreLine> lines = new HashMap<>();

	@Column(name = "overall_comment")
	private String overallComment;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "reopened_by")
	private String reopenedBy;

	@Column(name = "reopened_at")
	private Instant reopenedAt;

	@Version
	private long version;

	protected ExpertScore() {
	}

	ExpertScore(long assignmentId, Instant now) {
		this.assignmentId = assignmentId;
		this.status = Status.DRAFT;
		this.savedAt = now;
	}

	/** Replaces the draft's lines and comment. */
	void save(Map<String, ScoreLine> lines, String overallComment, Instant now) {
		requireDraft();
		this.lines.clear();
		this.lines.putAll(lines);
		this.overallComment = overallComment;
		this.savedAt = now;
	}

	/** Locks the score; the caller checked that it is complete. */
	void submit(Instant now) {
		requireDraft();
		status = Status.SUBMITTED;
		submittedAt = now;
	}

	/** The municipal officer reopens a submitted score for the expert to change. */
	void reopen(String officer, Instant now) {
		if (status != Status.SUBMITTED) {
			throw new StateConflictException("score.notSubmitted", "Score " + id + " is not submitted");
		}
		status = Status.DRAFT;
		reopenedBy = officer;
		reopenedAt = now;
	}

	private void requireDraft() {
		if (status == Status.SUBMITTED) {
			throw new StateConflictException("score.locked", "Score " + id + " is submitted");
		}
	}

	public boolean isSubmitted() {
		return status == Status.SUBMITTED;
	}

	public BigDecimal score(String code) {
		ScoreLine line = lines.get(code);
		return line == null ? null : line.getScore();
	}

	public Boolean vetoFailed(String code) {
		ScoreLine line = lines.get(code);
		return line == null ? null : line.getVetoFailed();
	}

	public String comment(String code) {
		ScoreLine line = lines.get(code);
		return line == null ? null : line.getComment();
	}

	public Long getId() {
		return id;
	}

	public Long getAssignmentId() {
		return assignmentId;
	}

	public Status getStatus() {
		return status;
	}

	public Map<String, ScoreLine> getLines() {
		return Map.copyOf(lines);
	}

	public String getOverallComment() {
		return overallComment;
	}

	public Instant getSavedAt() {
		return savedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getReopenedBy() {
		return reopenedBy;
	}

	public Instant getReopenedAt() {
		return reopenedAt;
	}

	public long getVersion() {
		return version;
	}

	/** What pages and the JSON API see of it. */
	ExpertScoreView view() {
		return new ExpertScoreView(id, assignmentId, status, lines.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					e -> new ExpertScoreView.Line(e.getValue().getScore(), e.getValue().getVetoFailed(),
							e.getValue().getComment()))),
				overallComment, savedAt, submittedAt, reopenedBy, reopenedAt, version);
	}
}
