package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.indicators.GradeThresholds;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Dimension;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * The platform's default indicator system (平台默认指标体系, not an official rule): the five construction standards of
 * the plan (§五, 30 points), the twelve protection management elements (48 points), the year's results (22 points)
 * and two veto items (基本项). Thresholds 90 / 80 / 60, 优秀 at most 15 % of the round's bases.
 */
final class DefaultIndicators {

	static final GradeThresholds THRESHOLDS = new GradeThresholds(new BigDecimal("90"), new BigDecimal("80"),
			new BigDecimal("60"));

	static final int CAP_PERCENT = 15;

	static final CapScope CAP_SCOPE = CapScope.OVERALL;

	private static final String[][] ELEMENTS = { { "领导与组织", "保护工作领导机构与职责分工文件" },
			{ "制度与流程", "商业秘密管理制度及修订记录" }, { "识别与定密", "定密清单（等级、期限、知悉范围、解密）" },
			{ "密点台账与标识", "密点台账、标识样例" }, { "载体管理", "载体登记、借阅与销毁记录" },
			{ "信息系统", "权限最小化、日志与加密措施说明" }, { "人员管理", "保密协议、竞业限制、离职审查与备案记录" },
			{ "涉密区域", "涉密区域划定与出入管理记录" }, { "经营活动与第三方", "对外合作保密条款、来访管理记录" },
			{ "培训与意识", "培训计划、签到与课件" }, { "检查与改进", "自查报告与整改记录" },
			{ "事件应对与维权", "应急预案、证据保全与维权记录" } };

	private DefaultIndicators() {
	}

	static String name(int year, BaseType type) {
		return year + (type == BaseType.ZONE ? " 示范区评价指标（平台默认）" : " 示范点评价指标（平台默认）");
	}

	static IndicatorModel content(BaseType type) {
		List<Dimension> dimensions = new ArrayList<>();
		dimensions.add(new Dimension("S", "建设标准落实", List.of(
				indicator("S1", "领导机构", 6, "由主要负责人或其授权人员牵头，明确经费与资源", "领导机构设立文件、经费安排", null),
				indicator("S2", "管理办公室", 6, "有负责部门、办公场所和专（兼）职人员", "部门职责、人员名单", null),
				indicator("S3", "管理制度", 6,
						type == BaseType.ZONE ? "成员单位管理制度与泄密事件应急处置程序健全" : "保护制度与泄密事件应急处置程序健全",
						"制度文件、应急预案", null),
				indicator("S4", "年度工作计划", 6, "年度计划按期提交并经区局受理，按计划推进", "年度计划及执行情况",
						DataSource.PLAN_ACCEPTED),
				indicator("S5", "联络机制", 6, "确定联络员，定期报送工作情况、问题、建议与典型案例", "联络报告",
						DataSource.REPORTS_ON_TIME))));
		List<Indicator> elements = new ArrayList<>();
		for (int i = 0; i < ELEMENTS.length; i++) {
			elements.add(indicator("E" + (i + 1), ELEMENTS[i][0], 4, "制度健全、执行到位、记录完整的给满分；部分落实的酌情给分",
					ELEMENTS[i][1], i == 9 ? DataSource.TRAININGS_AGAINST_TARGET : null));
		}
		dimensions.add(new Dimension("E", "保护管理要素", elements));
		if (type == BaseType.ZONE) {
			dimensions.add(new Dimension("R", "年度工作成效", List.of(
					indicator("R1", "成员单位培训比例", 6, "接受培训的成员单位占比达到年度目标", "培训记录",
							DataSource.TRAININGS_AGAINST_TARGET),
					indicator("R2", "成员单位建立制度比例", 6, "建立保护制度的成员单位占比达到年度目标", "成员单位制度清单",
							DataSource.MEMBERS_RULES_RATIO),
					indicator("R3", "指导意见落实", 4, "指导员提出的意见按期落实", "落实情况说明",
							DataSource.GUIDANCE_FOLLOWUPS_CLOSED),
					indicator("R4", "示范带动与典型经验", 6, "培育示范企业、形成可推广经验或典型案例", "经验材料、案例"))));
		}
		else {
			dimensions.add(new Dimension("R", "年度工作成效", List.of(
					indicator("R1", "培训宣传覆盖", 8, "培训与宣传活动达到年度计划", "活动记录", DataSource.TRAININGS_AGAINST_TARGET),
					indicator("R2", "指导意见落实", 6, "指导员提出的意见按期落实", "落实情况说明",
							DataSource.GUIDANCE_FOLLOWUPS_CLOSED),
					indicator("R3", "典型经验与成效", 8, "形成可推广经验、典型案例或维权成效", "经验材料、案例"))));
		}
		dimensions.add(new Dimension("V", "基本项", List.of(
				new Indicator("V1", "未发生重大泄密事件或经查实的违法行为", BigDecimal.ZERO, "发生且未按预案处置的，本项不通过",
						"事件报告及处置记录", true, DataSource.INCIDENTS_HANDLED.name()),
				new Indicator("V2", "申报与评估材料真实", BigDecimal.ZERO, "发现弄虚作假的，本项不通过", "承诺书", true, null))));
		return new IndicatorModel(dimensions);
	}

	private static Indicator indicator(String code, String name, int points, String guidance, String evidence,
			DataSource source) {
		return new Indicator(code, name, BigDecimal.valueOf(points), guidance, evidence, false, DataSource.keyOf(source));
	}

	private static Indicator indicator(String code, String name, int points, String guidance, String evidence) {
		return indicator(code, name, points, guidance, evidence, null);
	}
}
