package cn.tsbase.districtreview.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The scoring criteria a call gets unless the district sets its own: the five construction standards (8 points each)
 * and the twelve management elements (5 points each), 100 points in all.
 */
public final class DefaultCriteria {

	/** A criterion as an officer enters it: a name and its maximum points. */
	public record Item(String name, int maxPoints) {
	}

	static final List<String> STANDARDS = List.of("领导机构", "管理部门", "管理制度（含泄露事件应急处置）", "年度计划", "联络机制");

	static final List<String> ELEMENTS = List.of("领导与组织", "制度与流程", "秘密识别与定密", "秘密台账与标识", "载体管理", "信息系统",
			"人员管理", "涉密区域", "经营活动与第三方", "培训与意识", "检查与改进", "事件响应与维权");

	private DefaultCriteria() {
	}

	static List<Item> items() {
		List<Item> items = new ArrayList<>();
		STANDARDS.forEach(name -> items.add(new Item("建设标准：" + name, 8)));
		ELEMENTS.forEach(name -> items.add(new Item("管理要素：" + name, 5)));
		return items;
	}
}
