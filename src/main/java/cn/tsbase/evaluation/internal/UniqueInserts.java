package cn.tsbase.evaluation.internal;

import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

import cn.tsbase.shared.StateConflictException;

/**
 * An insert that a unique constraint allows once (a district's dossier of a year, a pilot's report of a half-year):
 * the use case checks first, but two requests at the same moment both pass the check, and the second insert breaks
 * the constraint. That one is refused like the checked case (409 with the same message), never a 500.
 */
final class UniqueInserts {

	private UniqueInserts() {
	}

	static <T> T once(Supplier<T> insert, String messageKey, String description) {
		try {
			return insert.get();
		}
		catch (DataIntegrityViolationException duplicate) {
			throw new StateConflictException(messageKey, description);
		}
	}
}
