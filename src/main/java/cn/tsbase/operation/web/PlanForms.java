package cn.tsbase.operation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import cn.tsbase.operation.internal.ActivityKind;
import cn.tsbase.operation.internal.ActivityRecord;
import cn.tsbase.operation.internal.PlanContent;
import cn.tsbase.operation.internal.PlanView;
import cn.tsbase.declaration.BaseType;

/** The forms of annual plans, plan filings, the district's decisions and activity records. */
final class PlanForms {

	static final int BLANK_ROWS = 4;

	private PlanForms() {
	}

	/** The plan as the unit writes it: the rows shown plus empty rows to add; empty rows are dropped on saving. */
	record PlanForm(@Size(max = 2000) String goals, @Valid @Size(max = 100) List<ActivityRow> activities,
			@Size(max = 1000) String resources,
			@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal budget,
			@Size(max = 2000) String standardsWork, @Min(0) @Max(100) Integer trainingRatio,
			@Min(0) @Max(10_000) Integer legalEvents, @Min(0) @Max(10_000) Integer demonstrationEnterprises,
			@Min(0) @Max(100) Integer rulesRatio, @NotNull Long version) {

		static PlanForm of(PlanView plan) {
			PlanContent c = plan.content();
			List<ActivityRow> rows = new ArrayList<>();
			c.activities()
				.forEach(a -> rows.add(new ActivityRow(a.month(), a.kind(), a.topic(), a.audience(), a.expectedReach())));
			for (int i = 0; i < BLANK_ROWS; i++) {
				rows.add(new ActivityRow(null, null, "", "", null));
			}
			PlanContent.ZoneTargets t = c.zoneTargets();
			return new PlanForm(c.goals(), rows, c.resources(), c.budget(), c.standardsWork(),
					t == null ? null : t.trainingRatio(), t == null ? null : t.legalEvents(),
					t == null ? null : t.demonstrationEnterprises(), t == null ? null : t.rulesRatio(), plan.version());
		}

		/** Rejects half-filled activity rows (a row needs its month, kind, topic, audience and expected reach). */
		void check(BindingResult result) {
			if (activities == null) {
				return;
			}
			for (int i = 0; i < activities.size(); i++) {
				ActivityRow row = activities.get(i);
				if (!row.isBlank() && !row.isComplete()) {
					result.rejectValue("activities[" + i + "].topic", "operation.plan.activityIncomplete");
				}
			}
		}

		PlanContent toContent(BaseType type) {
			List<PlanContent.PlannedActivity> planned = new ArrayList<>();
			if (activities != null) {
				for (ActivityRow row : activities) {
					if (!row.isBlank()) {
						planned.add(new PlanContent.PlannedActivity(row.month(), row.kind(), row.topic().strip(),
								row.audience().strip(), row.expectedReach()));
					}
				}
			}
			PlanContent.ZoneTargets targets = type == BaseType.ZONE
					? new PlanContent.ZoneTargets(trainingRatio, legalEvents, demonstrationEnterprises, rulesRatio)
					: null;
			return new PlanContent(ProfileForms.strip(goals), planned, ProfileForms.strip(resources), budget,
					ProfileForms.strip(standardsWork), targets);
		}
	}

	record ActivityRow(@Min(1) @Max(12) Integer month, ActivityKind kind, @Size(max = 200) String topic,
			@Size(max = 200) String audience, @Min(0) @Max(1_000_000) Integer expectedReach) {

		boolean isBlank() {
			return month == null && kind == null && blank(topic) && blank(audience) && expectedReach == null;
		}

		boolean isComplete() {
			return month != null && kind != null && !blank(topic) && !blank(audience) && expectedReach != null;
		}
	}

	/** The district's return (a reason is required) or acceptance (a comment is optional). */
	record DecisionForm(@Size(max = 1000) String reason, @NotNull Long version) {
	}

	record FilingForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
	}

	record ActivityForm(@NotNull ActivityKind kind,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, @NotBlank @Size(max = 200) String topic,
			Boolean online, @Size(max = 200) String place, @Min(0) @Max(1_000_000) Integer participants,
			@NotBlank @Size(max = 100) String organiser, @Valid @Size(max = 2000) List<MemberPeople> members) {

		ActivityForm {
			members = members == null ? List.of() : members;
		}

		/** An empty form; for a zone one row per current member, its people left empty. */
		static ActivityForm empty(List<ActivityRecord.Participant> choices) {
			return new ActivityForm(ActivityKind.TRAINING, null, "", false, "", null, "",
					choices.stream().map(c -> new MemberPeople(c.memberId(), c.name(), null)).toList());
		}

		/** The form filled with a recorded activity, one row per member unit the zone may name. */
		static ActivityForm of(ActivityRecord a, List<ActivityRecord.Participant> choices) {
			return new ActivityForm(a.kind(), a.heldOn(), a.topic(), a.online(), a.place(), a.participants(),
					a.organiser(), choices.stream()
						.map(c -> new MemberPeople(c.memberId(), c.name(), c.people() == 0 ? null : c.people()))
						.toList());
		}

		/** The people the member units sent, together. */
		int memberPeople() {
			return members.stream().mapToInt(m -> m.people() == null ? 0 : m.people()).sum();
		}

		/**
		 * The participants count may be left empty when member units took part: it is then their sum. When given it
		 * may not be below that sum (the zone's own staff and guests may come on top, never fewer in all).
		 */
		void check(BindingResult result) {
			int sum = memberPeople();
			if (participants == null && sum == 0) {
				result.rejectValue("participants", "NotNull");
			}
			else if (participants != null && participants < sum) {
				result.rejectValue("participants", "operation.activity.membersExceedParticipants",
						new Object[] { sum }, null);
			}
		}

		ActivityRecord toRecord() {
			return new ActivityRecord(null, kind, heldOn, topic.strip(), Boolean.TRUE.equals(online),
					ProfileForms.strip(place), participants == null ? memberPeople() : participants, organiser.strip(),
					0, members.stream()
						.filter(m -> m.people() != null && m.people() > 0)
						.map(m -> new ActivityRecord.Participant(m.memberId(), m.name(), m.people()))
						.toList());
		}
	}

	/** How many people a member unit of the zone sent (its name only to show the row again). */
	record MemberPeople(@NotNull Long memberId, @Size(max = 100) String name, @Min(0) @Max(100_000) Integer people) {
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
