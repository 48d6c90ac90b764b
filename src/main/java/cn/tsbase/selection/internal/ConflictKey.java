package cn.tsbase.selection.internal;

import cn.tsbase.selection.ConflictReason;
import cn.tsbase.selection.RoundConflictView;

/**
 * What identifies a detected conflict across detections: the pair, the reason and the data matched on each side. A
 * dismissal covers a conflict only while this stays the same.
 */
record ConflictKey(long expertId, long declarationId, ConflictReason reason, String declarationSide,
		String expertSide) {

	private static final int SIDE_LENGTH = 200;

	ConflictKey {
		declarationSide = cut(declarationSide);
		expertSide = cut(expertSide);
	}

	static ConflictKey of(RoundConflict conflict) {
		return new ConflictKey(conflict.getExpertId(), conflict.getDeclarationId(), conflict.getReason(),
				conflict.getDeclarationSide(), conflict.getExpertSide());
	}

	static ConflictKey of(RoundConflictView conflict) {
		return new ConflictKey(conflict.expertId(), conflict.declarationId(), conflict.reason(),
				conflict.declarationSide(), conflict.expertSide());
	}

	static ConflictKey of(ConflictPolicy.Conflict conflict) {
		return new ConflictKey(conflict.expertId(), conflict.declarationId(), conflict.reason(),
				conflict.declarationSide(), conflict.expertSide());
	}

	private static String cut(String text) {
		return text == null || text.length() <= SIDE_LENGTH ? text : text.substring(0, SIDE_LENGTH);
	}
}
