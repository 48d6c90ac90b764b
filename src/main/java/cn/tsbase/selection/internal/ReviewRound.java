package cn.tsbase.selection.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.selection.ReviewRoundChanged;
import cn.tsbase.selection.ReviewRoundExpertsInvited;
import cn.tsbase.selection.ReviewRoundView;
import cn.tsbase.selection.RoundStatus;
import cn.tsbase.shared.StateConflictException;

/**
 * A review round (评审轮次) of a year: the candidates that passed the pre-review, the experts invited, the rubric
 * version, how many experts score each declaration, the most declarations one expert gets, the deadline and the spread
 * above which experts are said to disagree.
 */
@Entity
@Table(name = "review_round")
class ReviewRound extends AbstractAggregateRoot<ReviewRound> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_year", nullable = false, updatable = false)
	private int year;

	@Column(nullable = false)
	private String name;

	@Column(name = "rubric_id", nullable = false, updatable = false)
	private Long rubricId;

	@Column(name = "experts_per_declaration", nullable = false)
	private int expertsPerDeclaration;

	@Column(name = "maximum_load", nullable = false)
	private int maximumLoad;

	@Column(nullable = false)
	private Instant deadline;

	@Column(name = "divergence_threshold", nullable = false, precision = 7, scale = 2)
	private BigDecimal divergenceThreshold;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private RoundStatus status;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "review_round_expert", joinColumns = @JoinColumn(name = "round_id"))
	@Column(name = "expert_id")
	private Set<Long> expertIds = new LinkedHashSet<>();

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "released_at")
	private Instant releasedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected ReviewRound() {
	}

	ReviewRound(int year, String name, long rubricId, int expertsPerDeclaration, int maximumLoad, Instant deadline,
			BigDecimal divergenceThreshold, Collection<Long> expertIds, String createdBy, Instant now) {
		this.year = year;
		this.name = name;
		this.rubricId = rubricId;
		this.expertsPerDeclaration = expertsPerDeclaration;
		this.maximumLoad = maximumLoad;
		this.deadline = deadline;
		this.divergenceThreshold = divergenceThreshold;
		this.expertIds.addAll(expertIds);
		this.status = RoundStatus.SETUP;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Nothing of a decided round changes. */
	void requireOpen() {
		if (status == RoundStatus.DECIDED) {
			throw new StateConflictException("round.decided", "Round " + id + " is decided");
		}
	}

	/**
	 * Changes the settings: the experts per declaration and the maximum load only while being set up (the experts
	 * were told their work), the deadline and the divergence threshold until the decision.
	 */
	ReviewRound changeSettings(int expertsPerDeclaration, int maximumLoad, Instant deadline, BigDecimal threshold) {
		requireOpen();
		if (status != RoundStatus.SETUP && (expertsPerDeclaration != this.expertsPerDeclaration
				|| maximumLoad != this.maximumLoad)) {
			throw new StateConflictException("round.sizesFixed", "Round " + id + " was released");
		}
		this.expertsPerDeclaration = expertsPerDeclaration;
		this.maximumLoad = maximumLoad;
		this.deadline = deadline;
		this.divergenceThreshold = threshold;
		registerEvent(new ReviewRoundChanged(id, expertsPerDeclaration, maximumLoad, deadline, threshold));
		return this;
	}

	ReviewRound invite(List<Long> experts) {
		requireOpen();
		expertIds.addAll(experts);
		registerEvent(new ReviewRoundExpertsInvited(id, List.copyOf(experts)));
		return this;
	}

	/** Released to the experts: scoring begins (released again when gaps were filled). */
	void release(Instant now) {
		requireOpen();
		if (status == RoundStatus.SETUP) {
			status = RoundStatus.RELEASED;
			releasedAt = now;
		}
	}

	/** The proposed list is decided; only from scoring. */
	void decide(String officer, Instant now) {
		requireOpen();
		if (status != RoundStatus.RELEASED) {
			throw new StateConflictException("round.notReleased", "Round " + id + " was not released");
		}
		status = RoundStatus.DECIDED;
		decidedBy = officer;
		decidedAt = now;
	}

	public boolean isDecided() {
		return status == RoundStatus.DECIDED;
	}

	public Long getId() {
		return id;
	}

	public int getYear() {
		return year;
	}

	public String getName() {
		return name;
	}

	public Long getRubricId() {
		return rubricId;
	}

	public int getExpertsPerDeclaration() {
		return expertsPerDeclaration;
	}

	public int getMaximumLoad() {
		return maximumLoad;
	}

	public Instant getDeadline() {
		return deadline;
	}

	public BigDecimal getDivergenceThreshold() {
		return divergenceThreshold;
	}

	public RoundStatus getStatus() {
		return status;
	}

	public Set<Long> getExpertIds() {
		return Set.copyOf(expertIds);
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReleasedAt() {
		return releasedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public long getVersion() {
		return version;
	}

	/** What pages and the JSON API see of it. */
	ReviewRoundView view() {
		return new ReviewRoundView(id, year, name, rubricId, expertsPerDeclaration, maximumLoad, deadline,
				divergenceThreshold, status, Set.copyOf(expertIds), createdBy, createdAt, releasedAt, decidedBy, decidedAt,
				version);
	}
}
