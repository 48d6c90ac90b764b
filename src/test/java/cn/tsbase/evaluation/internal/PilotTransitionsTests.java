package cn.tsbase.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.evaluation.PilotProgressReportDecided;
import cn.tsbase.evaluation.PilotProgressReportSubmitted;
import cn.tsbase.evaluation.PilotStageRecorded;
import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.StateConflictException;

/**
 * A district's pilot registers {@link PilotStageRecorded} for the recommendation and each later stage, only along
 * the stage order and never dated before the last step; a progress report registers exactly its submission, the
 * bureau's decision and the resubmission, and nothing when a transition is refused.
 */
class PilotTransitionsTests {

	private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

	private static final LocalDate RECOMMENDED = LocalDate.of(2026, 3, 1);

	private static DistrictPilot pilot() {
		DistrictPilot pilot = new DistrictPilot(5L, "110117", 2025, RECOMMENDED, "京市监函〔2026〕1号", "bureau", AT);
		ReflectionTestUtils.setField(pilot, "id", 7L);
		return pilot;
	}

	@Test
	void aPilotGoesFromRecommendedThroughApprovalToTheFinalAcceptanceOneStageAtATime() {
		DistrictPilot pilot = pilot();
		assertThat(pilot.pendingEvents()).isEmpty();
		pilot.recommended();
		assertThat(pilot.pendingEvents()).containsExactly(
				new PilotStageRecorded(7L, "110117", 2025, "RECOMMENDED", RECOMMENDED, "京市监函〔2026〕1号"));

		assertThatThrownBy(() -> pilot.record(PilotStage.IN_PILOT, RECOMMENDED, "国市监竞争函〔2026〕3号", null, "b", AT))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> pilot.record(PilotStage.APPROVED, RECOMMENDED.minusDays(1), "国市监竞争函〔2026〕3号",
				null, "b", AT)).isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("on");
		assertThatThrownBy(pilot::requireInPilot).isInstanceOf(StateConflictException.class);
		assertThat(pilot.pendingEvents()).hasSize(1);

		LocalDate approved = LocalDate.of(2026, 5, 10);
		pilot.record(PilotStage.APPROVED, approved, "国市监竞争函〔2026〕3号", "首批", "b", AT);
		pilot.record(PilotStage.IN_PILOT, approved, "京市监发〔2026〕8号", null, "b", AT);
		pilot.requireInPilot();
		pilot.record(PilotStage.COMPLETED, approved.plusYears(3), "国市监竞争函〔2029〕1号", null, "b", AT);
		assertThat(pilot.pendingEvents()).containsExactly(
				new PilotStageRecorded(7L, "110117", 2025, "RECOMMENDED", RECOMMENDED, "京市监函〔2026〕1号"),
				new PilotStageRecorded(7L, "110117", 2025, "APPROVED", approved, "国市监竞争函〔2026〕3号"),
				new PilotStageRecorded(7L, "110117", 2025, "IN_PILOT", approved, "京市监发〔2026〕8号"),
				new PilotStageRecorded(7L, "110117", 2025, "COMPLETED", approved.plusYears(3), "国市监竞争函〔2029〕1号"));
		assertThat(pilot.view().steps()).extracting(PilotSteps.Step::stage)
			.containsExactly(PilotStage.RECOMMENDED, PilotStage.APPROVED, PilotStage.IN_PILOT, PilotStage.COMPLETED);
		assertThatThrownBy(() -> pilot.record(PilotStage.MID_TERM, approved.plusYears(3), "x", null, "b", AT))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void aNotApprovedPilotEndsThere() {
		DistrictPilot pilot = pilot();
		pilot.record(PilotStage.NOT_APPROVED, RECOMMENDED.plusMonths(2), "国市监竞争函〔2026〕3号", null, "b", AT);
		assertThat(PilotStage.NOT_APPROVED.next()).isEmpty();
		assertThatThrownBy(() -> pilot.record(PilotStage.IN_PILOT, RECOMMENDED.plusMonths(3), "x", null, "b", AT))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void aReportRegistersItsSubmissionTheBureausDecisionAndTheResubmission() {
		PilotProgressReport report = new PilotProgressReport(7L, "110117", 2026, 2, "进展", PilotProgressFigures.NONE,
				"district", AT);
		ReflectionTestUtils.setField(report, "id", 11L);
		assertThat(report.pendingEvents()).isEmpty();
		report.submitted();
		assertThatThrownBy(() -> report.revise("改", PilotProgressFigures.NONE, "district", AT))
			.isInstanceOf(StateConflictException.class);
		report.returnForRevision("数据不全", "bureau", AT);
		assertThatThrownBy(() -> report.accept("bureau", AT)).isInstanceOf(StateConflictException.class);
		report.revise("补充后的进展", new PilotProgressFigures(3, 120, 40, 1, 2), "district", AT);
		report.accept("bureau", AT);
		assertThatThrownBy(() -> report.returnForRevision("再退", "bureau", AT))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(report::requireOpen).isInstanceOf(StateConflictException.class);
		assertThat(report.pendingEvents()).containsExactly(new PilotProgressReportSubmitted(11L, 7L, "110117", 2026, 2),
				new PilotProgressReportDecided(11L, 7L, "110117", 2026, 2, false, "数据不全"),
				new PilotProgressReportSubmitted(11L, 7L, "110117", 2026, 2),
				new PilotProgressReportDecided(11L, 7L, "110117", 2026, 2, true, null));
		assertThat(report.view().figures().peopleTrained()).isEqualTo(120);
	}
}
