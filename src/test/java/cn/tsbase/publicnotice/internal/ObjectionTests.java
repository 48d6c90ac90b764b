package cn.tsbase.publicnotice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.shared.StateConflictException;

/** The objection's state machine, without Spring: filed → (verifying) → decided, and nothing after a decision. */
class ObjectionTests {

	private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");

	private static Objection filed() {
		Objection objection = new Objection(1L, "R-1", "hash", new Objection.Objector("张三", "110101199001011234",
				null, null, "13800000000", null), 1, "北京甲科技有限公司", "110102", "理由", NOW);
		ReflectionTestUtils.setField(objection, "id", 5L);
		return objection;
	}

	@Test
	void aNewObjectionIsFiledAndOpen() {
		Objection objection = filed();
		assertThat(objection.getStatus()).isEqualTo(Objection.Status.FILED);
		assertThat(objection.isOpen()).isTrue();
		assertThat(objection.getFiledAt()).isEqualTo(NOW);
	}

	@Test
	void evidenceIsTakenOnlyWhileFiledAndBeforeAVerificationRequest() {
		Objection objection = filed();
		objection.fileEvidence(7L, "证据.pdf", 100);
		assertThat(objection.getEvidence()).hasSize(1);
		objection.askDistrictToVerify("请核实");
		assertThatThrownBy(() -> objection.fileEvidence(8L, "迟到.pdf", 100))
			.isInstanceOfSatisfying(StateConflictException.class,
					e -> assertThat(e.messageKey()).isEqualTo("objection.evidenceClosed"));
		assertThat(objection.getEvidence()).hasSize(1);
	}

	@Test
	void aVerificationRequestPutsTheObjectionWithTheDistrict() {
		Objection objection = filed();
		objection.askDistrictToVerify("请核实");
		assertThat(objection.getStatus()).isEqualTo(Objection.Status.VERIFYING);
		assertThat(objection.getVerificationRequest()).isEqualTo("请核实");
		objection.recordDistrictFindings("属实");
		assertThat(objection.getDistrictFindings()).isEqualTo("属实");
	}

	@Test
	void districtFindingsAreRefusedUnlessTheDistrictWasAskedToVerify() {
		Objection objection = filed();
		assertThatThrownBy(() -> objection.recordDistrictFindings("属实"))
			.isInstanceOfSatisfying(StateConflictException.class,
					e -> assertThat(e.messageKey()).isEqualTo("objection.notVerifying"));
		assertThat(objection.getDistrictFindings()).isNull();
	}

	@Test
	void aDecisionClosesTheObjection() {
		Objection objection = filed();
		objection.recordInvestigation("已调查");
		objection.decide(Objection.Decision.UPHELD, "成立", "officer", NOW.plusSeconds(60));
		assertThat(objection.getStatus()).isEqualTo(Objection.Status.DECIDED);
		assertThat(objection.isOpen()).isFalse();
		assertThat(objection.getDecision()).isEqualTo(Objection.Decision.UPHELD);
		assertThat(objection.getDecidedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void nothingChangesADecidedObjection() {
		Objection objection = filed();
		objection.decide(Objection.Decision.DISMISSED, "不成立", "officer", NOW);
		assertThatThrownBy(() -> objection.decide(Objection.Decision.UPHELD, "改判", "officer", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> objection.askDistrictToVerify("请核实")).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> objection.recordInvestigation("补充")).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> objection.recordDistrictFindings("属实")).isInstanceOf(StateConflictException.class);
		assertThat(objection.getDecision()).isEqualTo(Objection.Decision.DISMISSED);
		assertThat(objection.getReply()).isEqualTo("不成立");
	}
}
