package cn.tsbase.evaluation;

import java.time.LocalDate;
import java.util.List;

import cn.tsbase.shared.indicators.Grade;

/** The municipal bureau published the results of a year's evaluation round under a document number. */
public record EvaluationResultsPublished(long roundId, int year, String documentNumber, LocalDate publishedOn,
		List<Result> results) {

	/** One base's published grade. */
	public record Result(long evaluationId, long baseId, long unitId, String districtCode, Grade grade) {
	}
}
