package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;

import cn.tsbase.evaluation.Grade;

/** The lowest total of each grade (优秀 ≥ excellent, 良好 ≥ good, 合格 ≥ pass); below pass is 不合格. */
public record GradeThresholds(BigDecimal excellentMin, BigDecimal goodMin, BigDecimal passMin) {

	public GradeThresholds {
		if (excellentMin == null || goodMin == null || passMin == null || passMin.signum() < 0
				|| goodMin.compareTo(passMin) <= 0 || excellentMin.compareTo(goodMin) <= 0) {
			throw new IllegalArgumentException("Thresholds must rise: pass < good < excellent");
		}
	}

	/** The grade the thresholds give a total; a failed veto item (基本项) is 不合格 whatever the total. */
	public Grade gradeOf(BigDecimal total, boolean vetoFailed) {
		if (vetoFailed) {
			return Grade.FAIL;
		}
		if (total.compareTo(excellentMin) >= 0) {
			return Grade.EXCELLENT;
		}
		if (total.compareTo(goodMin) >= 0) {
			return Grade.GOOD;
		}
		if (total.compareTo(passMin) >= 0) {
			return Grade.PASS;
		}
		return Grade.FAIL;
	}
}
