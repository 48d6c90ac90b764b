package cn.tsbase.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.guidance.GuidanceRequestAssigned;
import cn.tsbase.guidance.GuidanceRequested;
import cn.tsbase.shared.StateConflictException;

/**
 * A guidance request registers exactly the event of each transition — {@link GuidanceRequested} once it is saved,
 * {@link GuidanceRequestAssigned} on each assignment — and none when a transition is refused.
 */
class GuidanceRequestTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	private static final LocalDate PLANNED = LocalDate.of(2026, 3, 10);

	/** As the repository hands it back: with its identity. */
	private static <T> T saved(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

	private static GuidanceRequest request() {
		return saved(new GuidanceRequest(2L, "测试单位", "110102", List.of("TRAINING", "RISK_ASSESSMENT"),
				GuidanceMode.ONLINE, "希望开展保密培训", "unit-user", NOW), 7L);
	}

	private static GuidanceOfficer officer(long id, String district) {
		return saved(new GuidanceOfficer(30L + id, "guide" + id, "指导员" + id, district, "保密制度", null, null,
				"district", NOW), id);
	}

	@Test
	void aSavedRequestRegistersThatTheUnitAskedForGuidanceOnItsTopics() {
		GuidanceRequest request = request();
		assertThat(request.pendingEvents()).isEmpty();
		request.submitted();
		assertThat(request.pendingEvents()).containsExactly(
				new GuidanceRequested(7L, 2L, "测试单位", "110102", List.of("TRAINING", "RISK_ASSESSMENT")));
	}

	@Test
	void anUnsavedRequestRegistersNothing() {
		GuidanceRequest request = new GuidanceRequest(2L, "测试单位", "110102", List.of("TRAINING"),
				GuidanceMode.ONLINE, "说明", "unit-user", NOW);
		assertThatThrownBy(request::submitted).isInstanceOf(IllegalStateException.class);
		assertThat(request.pendingEvents()).isEmpty();
	}

	@Test
	void eachAssignmentRegistersTheOfficerAndTheDayAndARefusedOneNothing() {
		GuidanceRequest request = request();
		request.assign(officer(11L, "110102"), PLANNED, "district", NOW);
		assertThat(request.pendingEvents()).containsExactly(
				new GuidanceRequestAssigned(7L, 2L, "测试单位", 11L, 41L, "指导员11", PLANNED));

		GuidanceRequest other = request();
		assertThatThrownBy(() -> other.assign(officer(12L, "110108"), PLANNED, "district", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThat(other.pendingEvents()).isEmpty();
	}

	@Test
	void anAnsweredRequestRefusesAnAssignmentAndRegistersNothingMore() {
		GuidanceRequest request = request();
		GuidanceOfficer officer = officer(11L, "110102");
		request.assign(officer, PLANNED, "district", NOW);
		request.answer(officer);
		List<Object> before = request.pendingEvents();
		assertThatThrownBy(() -> request.assign(officer, PLANNED, "district", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(request::submitted).isInstanceOf(IllegalStateException.class);
		assertThat(request.pendingEvents()).isEqualTo(before).hasSize(1);
	}
}
