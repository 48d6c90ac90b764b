package cn.tsbase.base;

import java.time.LocalDate;

import cn.tsbase.declaration.BaseType;

/** What other modules know of a demonstration base (示范基地): its identity, unit, type, batch and status. */
public record BaseView(long id, long unitId, String unitName, String uscc, BaseType baseType, int batchYear,
		String districtCode, String industryCode, String documentNumber, LocalDate documentDate, BaseStatus status,
		long declarationId) {
}
