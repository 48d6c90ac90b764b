package cn.tsbase.publicnotice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.publicnotice.ObjectionDecision;
import cn.tsbase.publicnotice.ObjectionDecided;
import cn.tsbase.publicnotice.ObjectionFindingsRecorded;
import cn.tsbase.publicnotice.ObjectionInvestigated;
import cn.tsbase.publicnotice.ObjectionStatus;
import cn.tsbase.publicnotice.ObjectionVerificationRequested;
import cn.tsbase.publicnotice.ObjectionView;
import cn.tsbase.shared.StateConflictException;

/** The objection's state machine, without Spring: filed → (verifying) → decided, and nothing after a decision. */
class ObjectionTests {

	private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");

	private static Objection filed() {
		Objection objection = new Objection(1L, "R-1", "hash", new Objector("张三", "110101199001011234",
				null, null, "13800000000", null), 1, "北京甲科技有限公司", "110102", "理由", NOW);
		ReflectionTestUtils.setField(objection, "id", 5L);
		return objection;
	}

	@Test
	void aNewObjectionIsFiledAndOpen() {
		Objection objection = filed();
		assertThat(objection.getStatus()).isEqualTo(ObjectionStatus.FILED);
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
		assertThat(objection.getStatus()).isEqualTo(ObjectionStatus.VERIFYING);
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
		objection.decide(ObjectionDecision.UPHELD, "成立", "officer", NOW.plusSeconds(60));
		assertThat(objection.getStatus()).isEqualTo(ObjectionStatus.DECIDED);
		assertThat(objection.isOpen()).isFalse();
		assertThat(objection.getDecision()).isEqualTo(ObjectionDecision.UPHELD);
		assertThat(objection.getDecidedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void nothingChangesADecidedObjection() {
		Objection objection = filed();
		objection.decide(ObjectionDecision.DISMISSED, "不成立", "officer", NOW);
		assertThatThrownBy(() -> objection.decide(ObjectionDecision.UPHELD, "改判", "officer", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> objection.askDistrictToVerify("请核实")).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> objection.recordInvestigation("补充")).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> objection.recordDistrictFindings("属实")).isInstanceOf(StateConflictException.class);
		assertThat(objection.getDecision()).isEqualTo(ObjectionDecision.DISMISSED);
		assertThat(objection.getReply()).isEqualTo("不成立");
	}

	@Test
	void aFiledObjectionCanBeInvestigatedAndDecidedWithoutTheDistrict() {
		Objection objection = filed();
		objection.recordInvestigation("已调查");
		assertThat(objection.getStatus()).isEqualTo(ObjectionStatus.FILED);
		assertThat(objection.getInvestigation()).isEqualTo("已调查");
		objection.decide(ObjectionDecision.DISMISSED, "不成立", "officer", NOW);
		assertThat(objection.getStatus()).isEqualTo(ObjectionStatus.DECIDED);
		assertThat(objection.getDecision()).isEqualTo(ObjectionDecision.DISMISSED);
		assertThat(objection.pendingEvents()).containsExactly(new ObjectionInvestigated(5L, 1L),
				new ObjectionDecided(5L, 1L, ObjectionDecision.DISMISSED));
	}

	@Test
	void whileTheDistrictVerifiesTheBureauMayAskAgainInvestigateAndDecide() {
		Objection objection = filed();
		objection.askDistrictToVerify("请核实");
		objection.askDistrictToVerify("请补充核实");
		assertThat(objection.getVerificationRequest()).isEqualTo("请补充核实");
		objection.recordDistrictFindings("属实");
		objection.recordDistrictFindings("经复核属实");
		assertThat(objection.getDistrictFindings()).isEqualTo("经复核属实");
		objection.recordInvestigation("已调查");
		assertThat(objection.getStatus()).isEqualTo(ObjectionStatus.VERIFYING);
		objection.decide(ObjectionDecision.UPHELD, "成立", "officer", NOW);
		assertThat(objection.getStatus()).isEqualTo(ObjectionStatus.DECIDED);
		assertThat(objection.getDistrictFindings()).isEqualTo("经复核属实");
	}

	@Test
	void aDecidedObjectionTakesNoEvidence() {
		Objection objection = filed();
		objection.decide(ObjectionDecision.DISMISSED, "不成立", "officer", NOW);
		assertThatThrownBy(() -> objection.fileEvidence(8L, "迟到.pdf", 100))
			.isInstanceOfSatisfying(StateConflictException.class,
					e -> assertThat(e.messageKey()).isEqualTo("objection.evidenceClosed"));
		assertThat(objection.getEvidence()).isEmpty();
	}

	@Test
	void aDecidedObjectionIsRefusedWithItsReason() {
		Objection objection = filed();
		objection.decide(ObjectionDecision.UPHELD, "成立", "officer", NOW);
		assertThatThrownBy(() -> objection.askDistrictToVerify("请核实")).isInstanceOfSatisfying(
				StateConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("objection.decided.state"));
		assertThatThrownBy(() -> objection.recordDistrictFindings("属实")).isInstanceOfSatisfying(
				StateConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("objection.notVerifying"));
	}

	@Test
	void eachStepRegistersItsEventAndRefusalsNone() {
		Objection objection = filed();
		assertThat(objection.pendingEvents()).isEmpty();
		assertThatThrownBy(() -> objection.recordDistrictFindings("属实")).isInstanceOf(StateConflictException.class);
		assertThat(objection.pendingEvents()).isEmpty();

		objection.askDistrictToVerify("请核实");
		objection.recordDistrictFindings("属实");

		assertThat(objection.pendingEvents()).containsExactly(
				new ObjectionVerificationRequested(5L, 1L, "R-1", "110102", "北京甲科技有限公司"),
				new ObjectionFindingsRecorded(5L, 1L, "R-1", "110102", "北京甲科技有限公司"));
		objection.decide(ObjectionDecision.DISMISSED, "不成立", "officer", NOW);
		List<Object> before = objection.pendingEvents();
		assertThatThrownBy(() -> objection.askDistrictToVerify("再核实")).isInstanceOf(StateConflictException.class);
		assertThat(objection.pendingEvents()).isEqualTo(before).hasSize(3)
			.last()
			.isEqualTo(new ObjectionDecided(5L, 1L, ObjectionDecision.DISMISSED));
	}

	@Test
	void theViewCarriesTheObjectionButNotTheSecretCodesHash() {
		Objection objection = filed();
		objection.fileEvidence(7L, "证据.pdf", 100);
		objection.askDistrictToVerify("请核实");
		ObjectionView view = objection.view();
		assertThat(view.id()).isEqualTo(5L);
		assertThat(view.noticeId()).isEqualTo(1L);
		assertThat(view.receiptNo()).isEqualTo("R-1");
		assertThat(view.objectorName()).isEqualTo("张三");
		assertThat(view.targetPosition()).isEqualTo(1);
		assertThat(view.status()).isEqualTo(ObjectionStatus.VERIFYING);
		assertThat(view.isOpen()).isTrue();
		assertThat(view.evidence()).containsExactly(new ObjectionView.Evidence(7L, "证据.pdf", 100));
		assertThat(view.toString()).doesNotContain("hash");
	}
}
