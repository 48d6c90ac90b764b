package cn.tsbase.declaration.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.CallView;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationParties;
import cn.tsbase.declaration.DeclarationReadGrants;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.declaration.DeclarationView;
import cn.tsbase.declaration.PendingDeclaration;
import cn.tsbase.declaration.QueueFilter;
import cn.tsbase.declaration.Section;
import cn.tsbase.organization.ApplicationBans;
import cn.tsbase.organization.UnitProfile;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * Calls and declarations: the module's API ({@link DeclarationManagement}) and the one entry point of its
 * controllers. Each use case lives in its own package-private class — {@link Calls}, {@link UnitDeclarations} (the
 * unit's side), {@link DistrictDeclarations} (the district's side), {@link DeclarationReading} — and this class
 * only hands the call on, so a controller reads as before. Every read and write of a declaration goes through the
 * caller's scope in the query: a unit sees its own, a district its district's, the municipal bureau all; anything
 * else is "not found".
 */
@Service
public class DeclarationService implements DeclarationManagement {

	private final Calls calls;
	private final UnitDeclarations unitSide;
	private final DistrictDeclarations districtSide;
	private final DeclarationReading reading;

	private final ApplicationBans bans;
	private final Clock clock;

	DeclarationService(Calls calls, UnitDeclarations unitSide, DistrictDeclarations districtSide,
			DeclarationReading reading, ApplicationBans bans, Clock clock) {
		this.calls = calls;
		this.unitSide = unitSide;
		this.districtSide = districtSide;
		this.reading = reading;
		this.bans = bans;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- calls

	/** A district officer publishes for their district; a municipal officer for every district. */
	public CallView createCall(NewCall call, CurrentUser officer) {
		return calls.create(call, officer).view();
	}

	/** The calls the user may see: the municipal bureau all, everyone else their district's and the municipal ones. */
	public List<CallView> calls(CurrentUser user) {
		return calls.visibleTo(user).stream().map(Call::view).toList();
	}

	public CallView call(long callId, CurrentUser user) {
		return calls.get(callId, user).view();
	}

	@Override
	public Optional<CallSummary> findCall(long callId) {
		return calls.find(callId);
	}

	@Override
	public List<CallSummary> callsFor(CurrentUser user) {
		return calls.summariesFor(user);
	}

	static CallSummary summary(Call c) {
		return Calls.summary(c);
	}

	// ---------------------------------------------------------------- declarations: the unit's side

	/** Starts a declaration for an open call, prefilled from the unit's profile. One declaration per unit per call. */
	public DeclarationView start(long callId, BaseType type, CurrentUser unitUser) {
		if (unitUser.getUnitId() != null) {
			// a unit whose base's title was revoked may not apply again before the ban ends (ADR 0023)
			bans.bannedUntil(unitUser.getUnitId(), LocalDate.now(clock)).ifPresent(until -> {
				throw new StateConflictException("declaration.applicationBanned", "Unit banned until " + until);
			});
		}
		return unitSide.start(callId, type, unitUser).view();
	}

	static DeclarationContent.BasicInfo prefill(UnitProfile unit) {
		return UnitDeclarations.prefill(unit);
	}

	/** The unit's declarations, newest first. */
	public List<DeclarationView> ofUnit(CurrentUser unitUser) {
		return unitSide.ofUnit(unitUser).stream().map(Declaration::view).toList();
	}

	/**
	 * Saves a change of the draft (no validation blocks a draft). The unit's name in the draft is always its
	 * registered name, whatever the change says.
	 */
	public DeclarationView saveDraft(long id, long expectedVersion, UnaryOperator<DeclarationContent> change,
			CurrentUser unitUser) {
		return unitSide.saveDraft(id, expectedVersion, change, unitUser).view();
	}

	/**
	 * Submits (or resubmits) with the commitment. A repeat of the same submission (same token) changes nothing.
	 *
	 * @throws StateConflictException when incomplete, past the deadline (first submission) or in the wrong state
	 */
	public DeclarationView submit(long id, long expectedVersion, String token, String signer, LocalDate signedOn,
			CurrentUser unitUser) {
		return unitSide.submit(id, expectedVersion, token, signer, signedOn, unitUser).view();
	}

	public DeclarationView withdraw(long id, long expectedVersion, CurrentUser unitUser) {
		return unitSide.withdraw(id, expectedVersion, unitUser).view();
	}

	// ---------------------------------------------------------------- declarations: the district's side

	@Override
	public void returnForCorrection(long id, long expectedVersion, Map<Section, String> reasons,
			CurrentUser officer) {
		districtSide.returnForCorrection(id, expectedVersion, reasons, officer);
	}

	@Override
	public void decide(long declarationId, long expectedVersion, boolean recommended, String reason,
			CurrentUser officer) {
		districtSide.decide(declarationId, expectedVersion, recommended, reason, officer);
	}

	@Override
	public Page<DeclarationSummary> queue(QueueFilter filter, DataScope scope, Pageable pageable) {
		return districtSide.queue(filter, scope, pageable);
	}

	@Override
	public Page<DeclarationSummary> queuePage(QueueFilter filter, DataScope scope, Pageable pageable) {
		return districtSide.queuePage(filter, scope, pageable);
	}

	@Override
	public List<Long> awaitingReviewIds(DataScope scope, int limit) {
		return districtSide.awaitingReviewIds(scope, limit);
	}

	@Override
	public Window<DeclarationSummary> queueAfter(QueueFilter filter, DataScope scope, Sort sort,
			ScrollPosition position, int limit) {
		return districtSide.queueAfter(filter, scope, sort, position, limit);
	}

	@Override
	public Optional<DeclarationSummary> find(long declarationId, DataScope scope) {
		return districtSide.find(declarationId, scope);
	}

	@Override
	public List<DeclarationSummary> findAll(List<Long> declarationIds, DataScope scope) {
		return districtSide.findAll(declarationIds, scope);
	}

	@Override
	public List<PendingDeclaration> pendingClosingBetween(Instant from, Instant to) {
		return districtSide.pendingClosingBetween(from, to);
	}

	static DeclarationSummary summary(Declaration d) {
		return DistrictDeclarations.summary(d);
	}

	// ---------------------------------------------------------------- reading

	/** The declaration inside the scope, or not found. */
	public DeclarationView get(long id, DataScope scope) {
		return reading.get(id, scope).view();
	}

	/** A declaration a reader may read: inside their scope, or opened to them by a {@link DeclarationReadGrants}. */
	public record Readable(DeclarationView declaration, boolean granted) {
	}

	/**
	 * A declaration as one reader opens it, from one read inside their scope (or a grant): the view, the content as
	 * that reader sees it ({@link DeclarationAsSeen}: its unit the working copy, anyone else the last submission) and
	 * the reasons of a return for correction.
	 */
	public record Opened(DeclarationView declaration, DeclarationContent content, Map<Section, String> returnReasons) {
	}

	/**
	 * The declaration inside the reader's scope with its content as they see it and its return reasons, from one
	 * read.
	 *
	 * @throws NotFoundException outside the scope
	 */
	public Opened open(long id, CurrentUser reader) {
		return reading.open(id, reader);
	}

	/**
	 * As {@link #open}, for read-only use: inside the reader's scope, or else when a {@link DeclarationReadGrants}
	 * opens it to them.
	 *
	 * @throws NotFoundException when neither
	 */
	public Opened openReadable(long id, CurrentUser reader) {
		return reading.openReadable(id, reader);
	}

	/**
	 * The declaration for read-only use (content, evidence): inside the reader's scope, or else when a
	 * {@link DeclarationReadGrants} opens it to them.
	 *
	 * @throws NotFoundException when neither
	 */
	public Readable readable(long id, CurrentUser reader) {
		return reading.readable(id, reader);
	}

	@Override
	public List<DeclarationParties> parties(List<Long> declarationIds, DataScope scope) {
		return reading.parties(declarationIds, scope);
	}

	public List<DeclarationView.VersionEntry> versions(long id, DataScope scope) {
		return reading.versions(id, scope);
	}

	public List<DeclarationView.HistoryEntry> history(long id, DataScope scope) {
		return reading.history(id, scope);
	}

	/** The fields that differ between two submitted versions, in form order. */
	public List<FieldDifference> compare(long id, int from, int to, DataScope scope) {
		return reading.compare(id, from, to, scope);
	}

	static Specification<Declaration> within(DataScope scope) {
		return DeclarationSpecifications.within(scope);
	}

	static Specification<Declaration> hasId(long id) {
		return DeclarationSpecifications.hasId(id);
	}
}
