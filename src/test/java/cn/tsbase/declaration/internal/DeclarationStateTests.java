package cn.tsbase.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationReturned;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.declaration.DeclarationWithdrawn;
import cn.tsbase.declaration.Section;
import cn.tsbase.shared.StateConflictException;

class DeclarationStateTests {

	private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private static Declaration draft() {
		Declaration declaration = new Declaration(1L, 2L, "110102", BaseType.POINT, "单位", "SOFTWARE_IT", "{}", NOW);
		ReflectionTestUtils.setField(declaration, "id", 7L);
		return declaration;
	}

	@Test
	void eachTransitionRegistersItsEventAndARefusedOneNone() {
		Declaration declaration = draft();
		declaration.submit("t1", "张三", TODAY, NOW);
		Map<Section, String> reasons = new EnumMap<>(Section.class);
		reasons.put(Section.values()[0], "请补充");
		declaration.returnForCorrection(reasons, "{}", NOW);
		declaration.submit("t2", "张三", TODAY, NOW);
		assertThat(declaration.submit("t2", "张三", TODAY, NOW)).isFalse();
		declaration.decide(true, "推荐", NOW);
		assertThatThrownBy(() -> declaration.withdraw(NOW)).isInstanceOf(StateConflictException.class);

		assertThat(declaration.pendingEvents()).containsExactly(
				new DeclarationSubmitted(7L, 1L, 2L, "110102", "单位", BaseType.POINT, false, 1),
				new DeclarationReturned(7L, 2L, "110102", "单位", reasons),
				new DeclarationSubmitted(7L, 1L, 2L, "110102", "单位", BaseType.POINT, true, 2),
				new DeclarationDecided(7L, 2L, "110102", "单位", true, "推荐"));

		Declaration withdrawn = draft();
		withdrawn.withdraw(NOW);
		assertThat(withdrawn.pendingEvents()).containsExactly(new DeclarationWithdrawn(7L, 2L, "110102", "单位"));
	}

	@Test
	void aDraftIsSubmittedThenReturnedThenResubmittedThenDecided() {
		Declaration declaration = draft();
		assertThat(declaration.submit("t1", "张三", TODAY, NOW)).isTrue();
		assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.SUBMITTED);
		assertThat(declaration.getSubmittedVersion()).isEqualTo(1);

		declaration.returnForCorrection(Map.of(), "{}", NOW);
		assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.RETURNED);
		declaration.saveDraft("{\"changed\":true}", "单位", "SOFTWARE_IT", NOW);

		assertThat(declaration.submit("t2", "张三", TODAY, NOW)).isTrue();
		assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.RESUBMITTED);
		assertThat(declaration.getSubmittedVersion()).isEqualTo(2);

		declaration.decide(true, "推荐", NOW);
		assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.RECOMMENDED);
	}

	@Test
	void whileCorrectingTheListingKeepsTheSubmittedIndustryAndTheResubmissionListsTheCorrection() {
		Declaration declaration = draft();
		declaration.saveDraft("{}", "单位", "ADVANCED_MANUFACTURING", NOW);
		assertThat(declaration.getIndustryCode()).isEqualTo("ADVANCED_MANUFACTURING");
		declaration.submit("t1", "张三", TODAY, "单位", "ADVANCED_MANUFACTURING", NOW);
		declaration.returnForCorrection(Map.of(), "{}", NOW);

		declaration.saveDraft("{}", "单位", "SOFTWARE_IT", NOW);
		assertThat(declaration.getIndustryCode()).isEqualTo("ADVANCED_MANUFACTURING");

		declaration.submit("t2", "张三", TODAY, "单位", "SOFTWARE_IT", NOW);
		assertThat(declaration.getIndustryCode()).isEqualTo("SOFTWARE_IT");
	}

	@Test
	void theSameSubmissionTwiceIsOneSubmission() {
		Declaration declaration = draft();
		assertThat(declaration.submit("same", "张三", TODAY, NOW)).isTrue();
		assertThat(declaration.submit("same", "张三", TODAY, NOW)).isFalse();
		assertThat(declaration.getSubmittedVersion()).isEqualTo(1);
		assertThatThrownBy(() -> declaration.submit("other", "张三", TODAY, NOW))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void aSubmittedDeclarationCannotBeEditedByTheUnit() {
		Declaration declaration = draft();
		declaration.submit("t", "张三", TODAY, NOW);
		assertThatThrownBy(() -> declaration.saveDraft("{}", "单位", null, NOW))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("SUBMITTED");
	}

	@Test
	void aDraftCannotBeReturnedNorDecided() {
		assertThatThrownBy(() -> draft().returnForCorrection(Map.of(), "{}", NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> draft().decide(true, "推荐", NOW)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void aReturnedDeclarationCannotBeDecidedUntilResubmitted() {
		Declaration declaration = draft();
		declaration.submit("t", "张三", TODAY, NOW);
		declaration.returnForCorrection(Map.of(), "{}", NOW);
		assertThatThrownBy(() -> declaration.decide(false, "不推荐", NOW)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void aDecidedDeclarationCannotBeWithdrawnNorDecidedAgain() {
		Declaration declaration = draft();
		declaration.submit("t", "张三", TODAY, NOW);
		declaration.decide(false, "不推荐", NOW);
		assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.NOT_RECOMMENDED);
		assertThatThrownBy(() -> declaration.withdraw(NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> declaration.decide(true, "推荐", NOW)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void aWithdrawnDeclarationStaysWithdrawn() {
		Declaration declaration = draft();
		declaration.withdraw(NOW);
		assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.WITHDRAWN);
		assertThatThrownBy(() -> declaration.submit("t", "张三", TODAY, NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> declaration.withdraw(NOW)).isInstanceOf(StateConflictException.class);
	}
}
