package cn.tsbase.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/** What other modules may ask of the declaration module. */
public interface DeclarationManagement {

	/** The declaration, if it exists and lies inside the scope. */
	Optional<DeclarationSummary> find(long declarationId, DataScope scope);

	/** The declarations of the ids that lie inside the scope, in no particular order. */
	List<DeclarationSummary> findAll(List<Long> declarationIds, DataScope scope);

	/**
	 * The parties (declaring unit, contact e-mail, member units) of the declarations of the ids that lie inside the
	 * scope, in no particular order: for conflict-of-interest checks.
	 */
	List<DeclarationParties> parties(List<Long> declarationIds, DataScope scope);

	/** The district's queue (never drafts unless asked by status), filtered and paged in the database. */
	Page<DeclarationSummary> queue(QueueFilter filter, DataScope scope, Pageable pageable);

	/**
	 * The queue as its page shows it: like {@link #queue} but counted only as far as the page's links go
	 * ({@code BoundedPage}, issue 16); for an exact total use {@link #queue}.
	 */
	Page<DeclarationSummary> queuePage(QueueFilter filter, DataScope scope, Pageable pageable);

	/**
	 * The ids of the declarations awaiting the district's review inside the scope, oldest submission first, at most
	 * {@code limit}: for counts that need no declaration loaded (a workbench line).
	 */
	List<Long> awaitingReviewIds(DataScope scope, int limit);

	/**
	 * The queue read by keyset, for exports: at most {@code limit} declarations after the position in the sort (the id
	 * ends the sort), so declarations submitted meanwhile never shift the rows still to come. The sort's properties
	 * must hold no nulls in the queue (submission time, unit name and status do not).
	 */
	Window<DeclarationSummary> queueAfter(QueueFilter filter, DataScope scope, Sort sort, ScrollPosition position,
			int limit);

	/**
	 * Returns a submitted declaration for correction (退回补正) with reasons by section.
	 *
	 * @throws cn.tsbase.shared.StateConflictException when not awaiting review, or without any reason
	 */
	void returnForCorrection(long declarationId, long expectedVersion, Map<Section, String> reasons,
			CurrentUser officer);

	/** The call, whoever may see it (calls are not secret within the platform). */
	Optional<CallSummary> findCall(long callId);

	/** The calls the user may see: the municipal bureau all, everyone else their district's and the municipal ones. */
	List<CallSummary> callsFor(CurrentUser user);

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
