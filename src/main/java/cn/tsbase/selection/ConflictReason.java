package cn.tsbase.selection;

/**
 * Why an expert must not review a declaration (回避). Each reason has a message key {@code conflict.reason.<NAME>}
 * whose arguments are {@code ConflictPolicy.Conflict#messageArguments()}: {0} what was matched on the declaration's
 * side (a unit name or a mail domain), {1} the expert's side.
 */
public enum ConflictReason {

	/** The expert's affiliation has the declaring unit's credit code. */
	DECLARING_UNIT_CREDIT_CODE,

	/** The expert's affiliation has the credit code of one of a zone's member units. */
	MEMBER_UNIT_CREDIT_CODE,

	/** The expert's affiliation and the declaring unit have the same name after normalisation. */
	DECLARING_UNIT_NAME,

	/** The expert's affiliation and one of a zone's member units have the same name after normalisation. */
	MEMBER_UNIT_NAME,

	/** The expert's e-mail and the declaring unit's contact e-mail are at the same organisation's mail domain. */
	EMAIL_DOMAIN,

	/** The expert stated the conflict; never detected by {@code ConflictPolicy}, recorded from the expert's statement. */
	DECLARED_BY_EXPERT;

	public String messageKey() {
		return "conflict.reason." + name();
	}
}
