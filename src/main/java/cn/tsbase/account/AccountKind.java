package cn.tsbase.account;

/** Whom an account belongs to: a unit's person, an official (or administrator) of a bureau, or an expert. */
public enum AccountKind {
	UNIT, OFFICIAL, EXPERT;

	public String messageKey() {
		return "account.kind." + name();
	}
}
