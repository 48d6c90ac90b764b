package cn.tsbase.selection.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An item of a rubric version: a criterion scored within its range and weighted, or a veto item (基本项) that an expert
 * marks passed or failed; one failed veto item fails the declaration.
 */
@Entity
@Table(name = "review_rubric_item")
public class RubricItem {

	/** What an item is. */
	public enum Kind {
		CRITERION, VETO
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "rubric_id", nullable = false, updatable = false)
	private Long rubricId;

	@Column(nullable = false, updatable = false)
	private int position;

	@Column(nullable = false, updatable = false)
	private String code;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private Kind kind;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(precision = 7, scale = 2, updatable = false)
	private BigDecimal weight;

	@Column(name = "min_score", precision = 7, scale = 2, updatable = false)
	private BigDecimal minScore;

	@Column(name = "max_score", precision = 7, scale = 2, updatable = false)
	private BigDecimal maxScore;

	protected RubricItem() {
	}

	RubricItem(long rubricId, int position, String code, Kind kind, String name, BigDecimal weight,
			BigDecimal minScore, BigDecimal maxScore) {
		this.rubricId = rubricId;
		this.position = position;
		this.code = code;
		this.kind = kind;
		this.name = name;
		this.weight = weight;
		this.minScore = minScore;
		this.maxScore = maxScore;
	}

	public boolean isCriterion() {
		return kind == Kind.CRITERION;
	}

	public boolean isVeto() {
		return kind == Kind.VETO;
	}

	public Long getId() {
		return id;
	}

	public Long getRubricId() {
		return rubricId;
	}

	public int getPosition() {
		return position;
	}

	public String getCode() {
		return code;
	}

	public Kind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public BigDecimal getMinScore() {
		return minScore;
	}

	public BigDecimal getMaxScore() {
		return maxScore;
	}
}
