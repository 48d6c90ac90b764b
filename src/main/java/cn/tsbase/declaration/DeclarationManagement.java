package cn.tsbase.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/** What other modules may ask of the declaration module. */
public interface DeclarationManagement {

	/** The declaration, if it exists and lies inside the scope. */
	Optional<DeclarationSummary> find(long declarationId, DataScope scope);

	/** The declarations of the ids that lie inside the scope, in no particular order. */
	List<DeclarationSummary> findAll(List<Long> declarationIds, DataScope scope);

	/**
	 * Declarations still in draft or returned for correction whose call closes within the window (from inclusive, to
	 * exclusive): whom to remind of a deadline.
	 */
	List<PendingDeclaration> pendingClosingBetween(Instant from, Instant to);

	/**
	 * Records the district's decision on a submitted declaration.
	 *
	 * @throws cn.tsbase.shared.StateConflictException when the declaration is not awaiting review
	 * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone acted on it meanwhile
	 */
	void decide(long declarationId, long expectedVersion, boolean recommended, String reason, CurrentUser officer);
}
