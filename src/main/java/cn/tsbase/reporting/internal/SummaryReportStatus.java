package cn.tsbase.reporting.internal;

/** Where an annual summary report stands: the district writes it, the municipal bureau accepts or returns it. */
public enum SummaryReportStatus {

	DRAFT, SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED;

	/** The district may still change the text. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** The municipal bureau has it to decide. */
	public boolean awaitsDecision() {
		return this == SUBMITTED || this == RESUBMITTED;
	}

	public String messageKey() {
		return "reporting.summary.status." + name();
	}
}
