package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;

import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Dimension;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * The criteria the municipal bureau scores the districts' pilot dossiers by, in the module's one indicator model
 * ({@link IndicatorModel}): SAMR's five published criteria for the national pilot (government commitment, a clear
 * approach, a clear direction of innovation, industrial strength, a good working foundation), 20 points each. The
 * weights are the platform's default (平台默认), not an official rule: SAMR published the criteria, not the points.
 */
public final class PilotCriteria {

	public static final IndicatorModel DEFAULT = new IndicatorModel(List.of(new Dimension("P", "试点申报评审（平台默认）",
			List.of(criterion("P1", "政府重视程度", "区政府统筹、部门协同、经费与人员保障", "工作方案、协调机制文件"),
					criterion("P2", "工作思路清晰", "目标、任务、步骤与分工明确可行", "工作方案"),
					criterion("P3", "创新方向明确", "制度、机制、服务或执法方面的创新点及其成果", "制度性成果"),
					criterion("P4", "产业基础较好", "重点产业、示范基地数量与评估等次", "区域数据"),
					criterion("P5", "工作基础扎实", "培训、指导走访、事件处置、典型案例等已有工作", "区域数据、典型案例")))));

	private PilotCriteria() {
	}

	private static Indicator criterion(String code, String name, String guidance, String evidence) {
		return new Indicator(code, name, new BigDecimal("20"), guidance, evidence, false, null);
	}
}
