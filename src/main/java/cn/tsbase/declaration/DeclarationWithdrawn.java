package cn.tsbase.declaration;

/** A unit withdrew its declaration before the district decided. */
public record DeclarationWithdrawn(long declarationId, long unitId, String districtCode, String unitName) {
}
