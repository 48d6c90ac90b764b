package cn.tsbase.declaration;

/** Filters of the district's queue; null values do not filter. */
public record QueueFilter(Long callId, BaseType baseType, DeclarationStatus status, String industryCode,
		String query) {
}
