package cn.tsbase.notification.internal;

/** What a notification is about; each kind has its text and its mail subject in the message bundles. */
public enum NotificationKind {

	UNIT_REGISTERED, DECLARATION_SUBMITTED, DECLARATION_RESUBMITTED, DECLARATION_RETURNED, DECLARATION_RECOMMENDED,
	DECLARATION_NOT_RECOMMENDED, DEADLINE_IN_SEVEN_DAYS, DEADLINE_IN_ONE_DAY, EXPERT_ASSIGNMENTS_RELEASED,
	EXPERT_SCORING_DUE, EXPERT_SCORING_LAST_DAY, EXPERT_SCORE_REOPENED, EXPERT_CONFLICT_DECLARED, PRE_REVIEW_FAILED,
	PRE_REVIEW_FAILED_DISTRICT, OBJECTION_FILED, OBJECTION_VERIFICATION_REQUESTED, OBJECTION_FINDINGS_RECORDED,
	BASE_DESIGNATED, CALENDAR_YEAR_MISSING, ANNUAL_PLAN_SUBMITTED, ANNUAL_PLAN_RETURNED, ANNUAL_PLAN_ACCEPTED,
	LIAISON_CHANGE_REQUESTED;

	/** The notification's text; its arguments are the notification's arguments. */
	public String messageKey() {
		return "notification.kind." + name();
	}

	/** The subject of the mail, with the same arguments. */
	public String subjectKey() {
		return messageKey() + ".subject";
	}
}
