package cn.tsbase.reporting.internal;

import cn.tsbase.base.BaseStatistics;
import cn.tsbase.declaration.DeclarationStatistics;
import cn.tsbase.publicnotice.PublicNoticeStatistics;
import cn.tsbase.selection.SelectionStatistics;

/** The stages of a year's procedure, in order: 申报 → 推荐 → 预审通过 → 专家评审 → 拟入选 → 公示 → 发文. */
public enum FunnelStage {

	SUBMITTED(DeclarationStatistics.SUBMITTED), RECOMMENDED(DeclarationStatistics.RECOMMENDED),
	PRE_REVIEW_PASSED(SelectionStatistics.PRE_REVIEW_PASSED), EXPERT_REVIEW(SelectionStatistics.EXPERT_REVIEW),
	PROPOSED(SelectionStatistics.PROPOSED), NOTICED(PublicNoticeStatistics.NOTICED),
	DESIGNATED(BaseStatistics.DESIGNATED);

	private final String key;

	FunnelStage(String key) {
		this.key = key;
	}

	static FunnelStage ofKey(String key) {
		for (FunnelStage stage : values()) {
			if (stage.key.equals(key)) {
				return stage;
			}
		}
		throw new IllegalArgumentException("Unknown stage " + key);
	}

	public String messageKey() {
		return "reporting.stage." + name();
	}
}
