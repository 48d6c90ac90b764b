package cn.tsbase.districtreview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a call's district scoring criteria, with its maximum points. */
@Entity
@Table(name = "review_criterion")
public class ReviewCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "call_id", nullable = false)
	private Long callId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	@Column(name = "max_points", nullable = false)
	private int maxPoints;

	protected ReviewCriterion() {
	}

	ReviewCriterion(long callId, int position, String name, int maxPoints) {
		this.callId = callId;
		this.position = position;
		this.name = name;
		this.maxPoints = maxPoints;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public int getMaxPoints() {
		return maxPoints;
	}
}
