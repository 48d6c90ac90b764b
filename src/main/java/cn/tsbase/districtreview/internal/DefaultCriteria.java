package cn.tsbase.districtreview.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * The scoring criteria a call gets unless the district sets its own: the five construction standards (8 points each)
 * and the twelve management elements (5 points each), 100 points in all.
 */
final class DefaultCriteria {

	static final List<String> STANDARDS = List.of("领导机构", "管理部门", "管理制度（含泄露事件应急处置）", "年度计划", "联络机制");

	static final List<String> ELEMENTS = List.of("领导与组织", "制度与流程", "秘密识别与定密", "秘密台账与标识", "载体管理", "信息系统",
			"人员管理", "涉密区域", "经营活动与第三方", "培训与意识", "检查与改进", "事件响应与维权");

	private DefaultCriteria() {
	}

	static IndicatorModel model() {
		List<Indicator> items = new ArrayList<>();
		STANDARDS.forEach(name -> items.add(ReviewCriteria.criterion(items.size() + 1, "建设标准：" + name, 8)));
		ELEMENTS.forEach(name -> items.add(ReviewCriteria.criterion(items.size() + 1, "管理要素：" + name, 5)));
		return IndicatorModel.of(items);
	}
}
