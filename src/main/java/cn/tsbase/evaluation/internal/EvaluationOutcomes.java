package cn.tsbase.evaluation.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tsbase.evaluation.EvaluationResultsPublished;
import cn.tsbase.shared.indicators.Grade;

/**
 * What a published 不合格 sets going, in the publishing transaction: a proposed rectification order for the base, and
 * the grounds for revocation it completes — 不合格 the year before too, or 不合格 after a rectification that failed or
 * ran past its deadline.
 */
@Component
class EvaluationOutcomes {

	private final Rectifications rectifications;
	private final RevocationTriggers triggers;
	private final RevocationTriggerRepository grades;
	private final EvaluationRepository evaluations;

	EvaluationOutcomes(Rectifications rectifications, RevocationTriggers triggers, RevocationTriggerRepository grades,
			EvaluationRepository evaluations) {
		this.rectifications = rectifications;
		this.triggers = triggers;
		this.grades = grades;
		this.evaluations = evaluations;
	}

	@EventListener
	void on(EvaluationResultsPublished event) {
		for (EvaluationResultsPublished.Result result : event.results()) {
			if (result.grade() != Grade.FAIL) {
				continue;
			}
			Evaluation e = evaluations.findById(result.evaluationId()).orElseThrow();
			String by = "system";
			List<Grade> lastYear = grades.gradeOf(result.baseId(), event.year() - 1, EvaluationStatus.PUBLISHED);
			if (lastYear.contains(Grade.FAIL)) {
				triggers.detected(result.baseId(), result.unitId(), e.getUnitName(), result.districtCode(),
						TriggerKind.FAILED_TWO_YEARS, (event.year() - 1) + "、" + event.year() + " 年度评估均为不合格（"
								+ event.documentNumber() + "）",
						event.year(), by);
			}
			if (rectifications.hasFailedRectification(result.baseId(), result.evaluationId())) {
				triggers.detected(result.baseId(), result.unitId(), e.getUnitName(), result.districtCode(),
						TriggerKind.FAILED_AFTER_FAILED_RECTIFICATION, event.year() + " 年度评估不合格，此前整改未通过验收或逾期（"
								+ event.documentNumber() + "）",
						event.year(), by);
			}
			rectifications.proposeForFailed(result.evaluationId(), event.year(), by);
		}
	}
}
