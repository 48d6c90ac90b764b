package cn.tsbase.declaration;

/** The district decided: the declaration is recommended to the municipal bureau, or not (with the reason). */
public record DeclarationDecided(long declarationId, long unitId, String districtCode, String unitName,
		boolean recommended, String reason) {
}
