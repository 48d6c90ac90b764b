package cn.tsbase.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.casework.LeakIncidentAnswered;
import cn.tsbase.casework.LeakIncidentClosed;
import cn.tsbase.casework.LeakIncidentReported;
import cn.tsbase.shared.StateConflictException;

/**
 * A leak incident registers exactly the event of each transition — {@link LeakIncidentReported} once saved,
 * {@link LeakIncidentAnswered} on the district's first contact only (a corrected response registers nothing),
 * {@link LeakIncidentClosed} when closed — and none when a transition is refused.
 */
class LeakIncidentTransitionsTests {

	private static final Instant REPORTED = Instant.parse("2026-03-01T02:00:00Z");

	private static final Instant LATER = REPORTED.plusSeconds(3_600);

	private static LeakIncident incident() {
		LeakIncident incident = new LeakIncident(2L, "测试单位", "110102", null,
				new LeakIncident.Report(LocalDate.of(2026, 2, 28), IncidentOrigin.EXTERNAL, IncidentIntent.ACCIDENTAL,
						SecretCategory.BUSINESS, LeakChannel.THIRD_PARTY, "合作方误发报价单", null, true, false, false,
						false, null, true, Remedy.UNDECIDED),
				"unit-user", REPORTED);
		ReflectionTestUtils.setField(incident, "id", 9L);
		return incident;
	}

	@Test
	void aSavedReportRegistersThatTheUnitReportedAndWhetherItWantsHelp() {
		LeakIncident incident = incident();
		assertThat(incident.pendingEvents()).isEmpty();
		incident.reported();
		assertThat(incident.pendingEvents()).containsExactly(new LeakIncidentReported(9L, 2L, "110102", true));
	}

	@Test
	void onlyTheFirstContactRegistersTheAnswerAndClosingRegistersTheClosing() {
		LeakIncident incident = incident();
		assertThatThrownBy(() -> incident.close("已调解", "district", LATER))
			.isInstanceOf(StateConflictException.class);
		assertThat(incident.pendingEvents()).isEmpty();
		assertThatThrownBy(() -> incident.respond(REPORTED.minusSeconds(7_200), "电话联系", Referral.NONE, "district",
				LATER)).isInstanceOf(StateConflictException.class);
		assertThat(incident.pendingEvents()).isEmpty();

		incident.respond(LATER, "电话联系", Referral.NONE, "district", LATER);
		assertThat(incident.pendingEvents()).containsExactly(new LeakIncidentAnswered(9L, 2L, "110102"));
		incident.respond(LATER, "电话联系，并上门指导", Referral.ENFORCEMENT, "district", LATER);
		assertThat(incident.pendingEvents()).hasSize(1);

		incident.close("已调解", "district", LATER);
		assertThat(incident.pendingEvents()).containsExactly(new LeakIncidentAnswered(9L, 2L, "110102"),
				new LeakIncidentClosed(9L, 2L, "110102"));
		assertThatThrownBy(() -> incident.respond(LATER, "再次", Referral.NONE, "district", LATER))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> incident.close("再次", "district", LATER)).isInstanceOf(StateConflictException.class);
		assertThat(incident.pendingEvents()).hasSize(2);
	}
}
