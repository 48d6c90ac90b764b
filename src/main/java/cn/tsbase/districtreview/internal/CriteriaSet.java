package cn.tsbase.districtreview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.tsbase.shared.indicators.IndicatorModel;

/**
 * A district's scoring criteria for a call, stored as the {@link IndicatorModel}'s JSON (one dimension, items coded by
 * their position). Each district has its own set, also for a municipal call; a set without a district is a call's set
 * from before criteria were per district, which districts copy but never change.
 */
@Entity
@Table(name = "review_criteria_set")
class CriteriaSet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "call_id", nullable = false, updatable = false)
	private Long callId;

	@Column(name = "district_code", updatable = false)
	private String districtCode;

	@Column(nullable = false)
	private String content;

	@Version
	private long version;

	protected CriteriaSet() {
	}

	CriteriaSet(long callId, String districtCode, String content) {
		this.callId = callId;
		this.districtCode = districtCode;
		this.content = content;
	}

	void replaceContent(String newContent) {
		this.content = newContent;
	}

	String getContent() {
		return content;
	}
}
