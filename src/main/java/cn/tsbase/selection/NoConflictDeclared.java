package cn.tsbase.selection;

/** An expert stated, for the first time, that they have no conflict of interest with an assigned declaration. */
public record NoConflictDeclared(long assignmentId, long roundId, long declarationId) {
}
