package cn.tsbase.shared.security;

/** Where a logged-in user stands with the second factor (SECURITY.md, identification and authentication). */
public enum SecondFactorStatus {

	/** Nothing more is asked: the code was given, or the account neither has nor needs a second factor. */
	SATISFIED,

	/** The password was right and the account has a second factor: its code must be given first. */
	CHALLENGE,

	/** The account's roles need a second factor and none is enrolled: it must be enrolled first. */
	ENROLLMENT;

	public boolean isPending() {
		return this != SATISFIED;
	}
}
