package cn.tsbase.evaluation;

import java.time.LocalDate;

/** A district's national pilot reached a stage (推荐, 获批, 未获批, 试点中, 中期评估, 验收), on a date, by a document. */
public record PilotStageRecorded(long pilotId, String districtCode, int year, String stage, LocalDate on,
		String documentNumber) {
}
