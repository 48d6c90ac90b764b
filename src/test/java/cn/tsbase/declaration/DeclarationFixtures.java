package cn.tsbase.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.internal.DeclarationContent;
import cn.tsbase.declaration.internal.DeclarationContent.MemberUnit;
import cn.tsbase.declaration.internal.DeclarationContent.Secrets;
import cn.tsbase.declaration.internal.DeclarationContent.Standards;

/** Declaration content for tests: complete, so that only what a test removes is missing. */
public final class DeclarationFixtures {

	private DeclarationFixtures() {
	}

	/** Fills every section after the basic information (which comes from the unit profile). */
	public static DeclarationContent complete(DeclarationContent content, BaseType type) {
		List<String> elements = new ArrayList<>();
		for (int i = 1; i <= DeclarationContent.ELEMENT_COUNT; i++) {
			elements.add("第" + i + "项要素：已建立并执行相应制度。");
		}
		DeclarationContent filled = content
			.withStandards(new Standards("王总", "总经理", "法务、研发、人事负责人", "法务部", "A座301", 2, 3,
					"《商业秘密管理办法》", "《泄露事件应急处置预案》", "2026 年开展 4 次培训", type == BaseType.ZONE
							? new BigDecimal("80") : null, type == BaseType.ZONE ? 6 : null,
					type == BaseType.ZONE ? 3 : null, type == BaseType.ZONE ? new BigDecimal("90") : null, "李联络",
					"法务专员", "13800000001"))
			.withElements(elements)
			.withSecrets(new Secrets("核心算法", "客户名单", "研发岗、销售岗", "每季度一次", "无", true));
		if (type == BaseType.ZONE) {
			filled = filled.withMembers(List.of(new MemberUnit("成员一", UsccFixtures.random("110102"), "甲", "1"),
					new MemberUnit("成员二", UsccFixtures.random("110102"), "乙", "2")));
		}
		return filled;
	}
}
