package cn.tsbase.declaration;

import java.time.Instant;

/** A declaration its unit has not (re)submitted yet, with its call's deadline: for reminders. */
public record PendingDeclaration(long declarationId, long unitId, String unitName, DeclarationStatus status,
		long callId, String callTitle, Instant closesAt) {
}
