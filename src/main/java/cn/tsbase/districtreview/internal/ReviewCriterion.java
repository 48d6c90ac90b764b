package cn.tsbase.districtreview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * One item of a district's scoring criteria for a call, with its maximum points. Each district has its own set, also
 * for a municipal call; a row without a district is a set from before criteria were per district, which districts
 * copy but never change. Outside this package the criteria are an {@link IndicatorModel} ({@link #asIndicator()}).
 */
@Entity
@Table(name = "review_criterion")
class ReviewCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "call_id", nullable = false)
	private Long callId;

	@Column(name = "district_code")
	private String districtCode;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	@Column(name = "max_points", nullable = false)
	private int maxPoints;

	protected ReviewCriterion() {
	}

	ReviewCriterion(long callId, String districtCode, int position, String name, int maxPoints) {
		this.callId = callId;
		this.districtCode = districtCode;
		this.position = position;
		this.name = name;
		this.maxPoints = maxPoints;
	}

	/** The criterion as an item of the indicator model: coded by its position, scored from 0 to its maximum. */
	Indicator asIndicator() {
		return ReviewCriteria.criterion(position, name, maxPoints);
	}

	String getDistrictCode() {
		return districtCode;
	}

	int getPosition() {
		return position;
	}

	String getName() {
		return name;
	}

	int getMaxPoints() {
		return maxPoints;
	}
}
