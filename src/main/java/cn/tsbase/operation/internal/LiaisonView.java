package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Liaison reports and their problems as pages and the API show them. */
public final class LiaisonView {

	private LiaisonView() {
	}

	/** Where a base's report of a period stands on a given day. */
	public enum Standing {
		/** The period has not ended yet. */
		CURRENT,
		/** The period ended, the report is not in yet and not overdue. */
		DUE,
		/** Filed by its due date. */
		ON_TIME,
		/** Filed after its due date. */
		LATE,
		/** Not filed and past its due date. */
		OVERDUE,
		/** The period ended before the base was designated: no report is owed. */
		NOT_OWED;

		public String messageKey() {
			return "operation.liaison.standing." + name();
		}
	}

	/** A district's reporting schedule; {@code defaults} when the district has not set one. */
	public record Schedule(String districtCode, ReportInterval interval, int dueWorkingDays, boolean defaults,
			String updatedBy, Instant updatedAt, long version) {
	}

	/** One period of a base's reporting year. {@code dueOn} is null while the calendar of its year is not entered. */
	public record PeriodRow(LocalDate start, LocalDate end, LocalDate dueOn, String status, Standing standing) {

		public String statusKey() {
			return status == null ? null : "operation.liaison.status." + status;
		}
	}

	/** A report with its problems and the activities of its period. */
	public record Report(long baseId, String unitName, String districtCode, LocalDate start, LocalDate end,
			LocalDate dueOn, String status, String workStatus, String suggestions, String typicalCases,
			String returnReason, boolean late, LocalDate firstSubmittedOn, String submittedBy, String decidedBy,
			Instant decidedAt, long version, boolean exists, List<Problem> problems,
			List<ActivityRecord> activities) {

		public boolean isEditable() {
			return !exists || "DRAFT".equals(status) || "RETURNED".equals(status);
		}

		/**
		 * The work status as rich text (工作情况): what the liaison officer typed, plain text as paragraphs, formatting
		 * (lists, tables, links) kept and anything unsafe removed by the sanitizer.
		 */
		public String workStatusHtml() {
			return cn.tsbase.shared.RichText.sanitize(workStatus);
		}

		public boolean isSubmitted() {
			return "SUBMITTED".equals(status);
		}

		public String statusKey() {
			return status == null ? "operation.liaison.status.NONE" : "operation.liaison.status." + status;
		}

		public List<Problem> draftProblems() {
			return problems.stream().filter(Problem::isDraft).toList();
		}

		public List<Problem> raisedProblems() {
			return problems.stream().filter(p -> !p.isDraft()).toList();
		}
	}

	/** A report as listed for the district. */
	public record ReportRow(long baseId, String unitName, String districtCode, LocalDate start, LocalDate end,
			LocalDate dueOn, String status, boolean late, LocalDate firstSubmittedOn) {

		public String statusKey() {
			return "operation.liaison.status." + status;
		}
	}

	/** A problem raised in a report, with what the district or the municipal bureau did about it. */
	public record Problem(long id, long baseId, String unitName, String districtCode, LocalDate periodStart,
			String description, String status, LocalDate raisedOn, String reply, String answer, LocalDate closedOn,
			long version) {

		public boolean isDraft() {
			return "DRAFT".equals(status);
		}

		public boolean isOpen() {
			return !isDraft() && !"CLOSED".equals(status);
		}

		public boolean isForwarded() {
			return "FORWARDED".equals(status);
		}

		public String statusKey() {
			return "operation.problem.status." + status;
		}

		/** Days since it was raised, up to the given day (or its closing). */
		public long ageOn(LocalDate today) {
			if (raisedOn == null) {
				return 0;
			}
			return ChronoUnit.DAYS.between(raisedOn, closedOn != null ? closedOn : today);
		}
	}
}
