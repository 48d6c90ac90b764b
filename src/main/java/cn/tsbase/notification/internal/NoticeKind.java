package cn.tsbase.notification.internal;

/** What a notice is about; each kind has its text and its mail subject in the message bundles. */
public enum NoticeKind {

	UNIT_REGISTERED, DECLARATION_SUBMITTED, DECLARATION_RESUBMITTED, DECLARATION_RETURNED, DECLARATION_RECOMMENDED,
	DECLARATION_NOT_RECOMMENDED, DEADLINE_IN_SEVEN_DAYS, DEADLINE_IN_ONE_DAY;

	/** The notice's text; its arguments are the notice's arguments. */
	public String messageKey() {
		return "notice.kind." + name();
	}

	/** The subject of the mail, with the same arguments. */
	public String subjectKey() {
		return messageKey() + ".subject";
	}
}
