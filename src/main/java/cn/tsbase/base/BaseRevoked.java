package cn.tsbase.base;

import java.time.LocalDate;

/** The municipal bureau revoked a base's title (摘牌) by a decision; the base leaves the public list, its history stays. */
public record BaseRevoked(long baseId, long unitId, String districtCode, String documentNumber, LocalDate decidedOn,
		String reason) {
}
