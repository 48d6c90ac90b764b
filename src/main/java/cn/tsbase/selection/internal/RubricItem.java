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

import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * An item of a rubric version: a criterion scored within its range and weighted, or a veto item (基本项) that an expert
 * marks passed or failed; one failed veto item fails the declaration. Outside this package an item is an
 * {@link Indicator} of the rubric's indicator model ({@link #asIndicator()}).
 */
@Entity
@Table(name = "review_rubric_item")
class RubricItem {

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
	private RubricItemKind kind;

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

	RubricItem(long rubricId, int position, String code, RubricItemKind kind, String name, BigDecimal weight,
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

	/** The item in the indicator model: a criterion keeps its range and weight, a veto item has no points. */
	Indicator asIndicator() {
		return kind == RubricItemKind.VETO ? Indicator.vetoOnly(code, name)
				: Indicator.ranged(code, name, minScore, maxScore, weight);
	}

	boolean isCriterion() {
		return kind == RubricItemKind.CRITERION;
	}

	boolean isVeto() {
		return kind == RubricItemKind.VETO;
	}

	Long getId() {
		return id;
	}

	Long getRubricId() {
		return rubricId;
	}

	int getPosition() {
		return position;
	}

	String getCode() {
		return code;
	}

	RubricItemKind getKind() {
		return kind;
	}

	String getName() {
		return name;
	}

	BigDecimal getWeight() {
		return weight;
	}

	BigDecimal getMinScore() {
		return minScore;
	}

	BigDecimal getMaxScore() {
		return maxScore;
	}
}
