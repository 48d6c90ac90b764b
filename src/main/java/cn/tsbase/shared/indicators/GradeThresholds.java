package cn.tsbase.shared.indicators;

import java.math.BigDecimal;

/** The lowest total of each grade (优秀 ≥ excellent, 良好 ≥ good, 合格 ≥ pass); below pass is 不合格. */
public record GradeThresholds(BigDecimal excellentMin, BigDecimal goodMin, BigDecimal passMin) {

	public GradeThresholds {
		if (!rise(excellentMin, goodMin, passMin)) {
			throw new IllegalArgumentException("Thresholds must rise: pass < good < excellent");
		}
	}

	/** Whether the three figures make thresholds: none missing, pass not negative, pass &lt; good &lt; excellent. */
	public static boolean rise(BigDecimal excellentMin, BigDecimal goodMin, BigDecimal passMin) {
		return excellentMin != null && goodMin != null && passMin != null && passMin.signum() >= 0
				&& goodMin.compareTo(passMin) > 0 && excellentMin.compareTo(goodMin) > 0;
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
