package cn.tsbase.declaration;

/** A unit submitted a declaration, or resubmitted it after a return for correction. */
public record DeclarationSubmitted(long declarationId, long callId, long unitId, String districtCode,
		String unitName, BaseType baseType, boolean resubmission) {
}
