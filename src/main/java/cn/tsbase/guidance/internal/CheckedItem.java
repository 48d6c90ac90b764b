package cn.tsbase.guidance.internal;

/** What a guidance officer looked at during a visit. */
public enum CheckedItem {
	/** 台账: the ledgers of classified matters, staff and carriers. */
	LEDGERS,
	/** 场所: the premises and their access control. */
	PREMISES,
	/** 制度: the rules in force. */
	RULES,
	/** 五项标准: the five construction standards of a base. */
	STANDARDS;

	public String messageKey() {
		return "guidance.checked." + name();
	}
}
