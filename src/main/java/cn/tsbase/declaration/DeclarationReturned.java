package cn.tsbase.declaration;

import java.util.Map;

/** The district returned a declaration for correction (退回补正), with its reasons by section. */
public record DeclarationReturned(long declarationId, long unitId, String districtCode, String unitName,
		Map<Section, String> reasons) {
}
