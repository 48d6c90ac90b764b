package cn.tsbase.base;

import cn.tsbase.declaration.BaseType;

/**
 * A unit was designated a demonstration base (示范基地) by a publication: published once per base, inside the
 * transaction that created it.
 */
public record BaseDesignated(long baseId, long unitId, String unitName, String uscc, BaseType baseType,
		int batchYear, String districtCode, long declarationId, String documentNumber) {
}
