package cn.tsbase.declaration;

/**
 * A unit submitted a declaration, or resubmitted it after a return for correction; {@code submittedVersion} counts the
 * submissions (1 for the first).
 */
public record DeclarationSubmitted(long declarationId, long callId, long unitId, String districtCode,
		String unitName, BaseType baseType, boolean resubmission, int submittedVersion) {
}
