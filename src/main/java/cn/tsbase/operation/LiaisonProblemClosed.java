package cn.tsbase.operation;

import java.time.LocalDate;

/** A problem raised in a liaison report was closed with an answer the base can read. */
public record LiaisonProblemClosed(long problemId, long baseId, long unitId, String unitName, String districtCode, LocalDate periodStart) {
}
