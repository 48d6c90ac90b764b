package cn.tsbase.evaluation;

import java.time.LocalDate;

/** The municipal bureau proposes to revoke a base's title; the unit may respond until the deadline. */
public record RevocationProposed(long revocationId, long baseId, long unitId, String districtCode,
		LocalDate responseDeadline) {
}
