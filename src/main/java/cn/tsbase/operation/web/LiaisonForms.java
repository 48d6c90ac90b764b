package cn.tsbase.operation.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.tsbase.casework.CaseworkManagement;
import cn.tsbase.operation.internal.LiaisonView;
import cn.tsbase.operation.internal.ReportInterval;

/** The forms of liaison reports: the district's schedule, the unit's report, the decisions, the answers to problems. */
final class LiaisonForms {

	static final int BLANK_PROBLEMS = 3;

	private LiaisonForms() {
	}

	record ScheduleForm(@NotNull ReportInterval interval, @NotNull @Min(1) @Max(60) Integer dueWorkingDays,
			@NotNull Long version) {

		static ScheduleForm of(LiaisonView.Schedule schedule) {
			return new ScheduleForm(schedule.interval(), schedule.dueWorkingDays(), schedule.version());
		}
	}

	/** The report as the unit writes it: its draft problems plus empty rows to add; empty rows are dropped. */
	record ReportForm(@Size(max = 4000) String workStatus, @Size(max = 2000) String suggestions,
			@Size(max = 4000) String typicalCases, @Size(max = 20) List<@Size(max = 1000) String> problems,
			@NotNull Long version, @Size(max = 20) List<Long> caseIds) {

		/** The form of the report, naming the cases it names now. */
		static ReportForm of(LiaisonView.Report report, List<CaseworkManagement.UnitCase> linked) {
			List<String> rows = new ArrayList<>();
			report.draftProblems().forEach(p -> rows.add(p.description()));
			for (int i = 0; i < BLANK_PROBLEMS; i++) {
				rows.add("");
			}
			return new ReportForm(report.workStatus(), report.suggestions(), report.typicalCases(), rows,
					report.version(), linked.stream().map(CaseworkManagement.UnitCase::caseId).toList());
		}

		/** The case ids ticked; none ticked is an empty list (the form always offers the boxes when it has cases). */
		List<Long> caseIdsOrNone() {
			return caseIds == null ? List.of() : caseIds;
		}
	}

	/** A decision that needs a reason (returning a report). */
	record ReasonForm(@NotBlank @Size(max = 1000) String reason, @NotNull Long version) {

		static ReasonForm empty() {
			return new ReasonForm("", null);
		}
	}

	/** A reply, a note on forwarding or an answer closing a problem. */
	record AnswerForm(@NotBlank @Size(max = 1000) String text, @NotNull Long version) {
	}
}
