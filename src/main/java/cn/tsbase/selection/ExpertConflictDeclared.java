package cn.tsbase.selection;

/**
 * An expert declared a conflict of interest (回避) with an assigned declaration: the assignment is gone and the
 * municipal bureau has to give the declaration another expert.
 */
public record ExpertConflictDeclared(long roundId, String roundName, long declarationId, String unitName,
		String expertName) {
}
