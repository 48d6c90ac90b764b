package cn.tsbase.evaluation.internal;

/** Why a rectification order exists: a published 不合格 grade, or an officer's order after a failed veto item. */
public enum RectificationOrigin {
	EVALUATION_FAILED, VETO_ITEM_FAILED;

	public String messageKey() {
		return "rectification.origin." + name();
	}
}
