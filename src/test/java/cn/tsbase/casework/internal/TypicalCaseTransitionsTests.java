package cn.tsbase.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.casework.CaseStatus;
import cn.tsbase.casework.TypicalCaseApprovedByDistrict;
import cn.tsbase.casework.TypicalCasePublished;
import cn.tsbase.casework.TypicalCaseRejected;
import cn.tsbase.casework.TypicalCaseSubmitted;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.StateConflictException;

/**
 * A typical case registers exactly the event of each step of the confidentiality review — submitted, approved by the
 * district, published by the bureau, rejected at a stage (with the guidance officer author's account, if one wrote it)
 * — and none when a step is refused.
 */
class TypicalCaseTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	private static final TypicalCase.Text PUBLIC = new TypicalCase.Text("某科技公司商业秘密案", "员工离职带走图纸。", "调解结案。",
			"约定保密义务。");

	private static TypicalCase draft(CaseAuthor author, Set<String> masked, TypicalCase.Text publicText) {
		TypicalCase c = new TypicalCase(author, author == CaseAuthor.UNIT ? 2L : null, "110102", null, "author", 41L,
				NOW);
		ReflectionTestUtils.setField(c, "id", 8L);
		c.write(new TypicalCase.Tags(2026, SecretCategory.TECHNICAL, "SOFTWARE_IT", InfringementForm.DEPARTING_STAFF,
				null, null, null, true), new TypicalCase.Text("北京甲科技有限公司商业秘密案", "张三离职带走图纸。", "调解结案。",
						"约定保密义务。"), publicText, masked, NOW);
		return c;
	}

	@Test
	void eachStepOfTheReviewRegistersItsEventUpToPublication() {
		TypicalCase c = draft(CaseAuthor.GUIDANCE_OFFICER, Set.of("张三"), PUBLIC);
		assertThat(c.pendingEvents()).isEmpty();
		c.submit(NOW);
		c.approveByDistrict("district", NOW);
		c.publish("municipal", NOW);
		assertThat(c.pendingEvents()).containsExactly(new TypicalCaseSubmitted(8L, "110102", "某科技公司商业秘密案"),
				new TypicalCaseApprovedByDistrict(8L, "110102", "某科技公司商业秘密案", 41L),
				new TypicalCasePublished(8L, null, "110102", "某科技公司商业秘密案", 41L));
	}

	@Test
	void aRejectionRegistersTheReasonForTheUnitAuthorAndARefusedStepNothing() {
		TypicalCase c = draft(CaseAuthor.UNIT, Set.of("张三"), PUBLIC);
		assertThatThrownBy(() -> c.approveByDistrict("district", NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> c.reject(CaseStatus.SUBMITTED, "理由", "district", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThat(c.pendingEvents()).isEmpty();
		c.submit(NOW);
		assertThatThrownBy(() -> c.publish("municipal", NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> c.reject(CaseStatus.DISTRICT_APPROVED, "理由", "municipal", NOW))
			.isInstanceOf(StateConflictException.class);
		c.reject(CaseStatus.SUBMITTED, "未脱敏地址", "district", NOW);
		assertThat(c.pendingEvents()).containsExactly(new TypicalCaseSubmitted(8L, "110102", "某科技公司商业秘密案"),
				new TypicalCaseRejected(8L, 2L, "110102", "某科技公司商业秘密案", "未脱敏地址", null));
	}

	@Test
	void aCaseWhosePublicTextStillHoldsAMaskedValueIsNotSubmittedAndRegistersNothing() {
		TypicalCase c = draft(CaseAuthor.UNIT, Set.of("张三"),
				new TypicalCase.Text("张三商业秘密案", "张三离职。", "调解结案。", "约定保密义务。"));
		assertThatThrownBy(() -> c.submit(NOW)).isInstanceOf(InvalidRequestException.class);
		assertThat(c.pendingEvents()).isEmpty();
	}
}
