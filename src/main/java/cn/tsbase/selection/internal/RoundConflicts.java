package cn.tsbase.selection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationParties;
import cn.tsbase.selection.ConflictReason;
import cn.tsbase.selection.RoundConflictView;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.DataScope;

/**
 * A round's conflicts of interest (回避): {@link ConflictPolicy} run on the round's declarations and its invited
 * experts, kept in place of the previous detection; the conflicts the experts declared stay, and those the officer
 * dismissed ({@link ConflictDismissals}) do not count. The assignment ({@link RoundAssignment}) asks here which
 * conflicts stand.
 */
@Service
public class RoundConflicts {

	/** The selection reads declarations on the municipal bureau's behalf. */
	private static final DataScope MUNICIPAL = new DataScope(DataScope.Kind.ALL, null, null);

	private final RoundReading reading;
	private final RoundCandidateRepository roundCandidates;
	private final RoundConflictRepository conflicts;
	private final ExpertRepository experts;
	private final DeclarationManagement declarations;
	private final ConflictDismissals dismissals;
	private final AuditLog audit;
	private final Clock clock;

	RoundConflicts(RoundReading reading, RoundCandidateRepository roundCandidates, RoundConflictRepository conflicts,
			ExpertRepository experts, DeclarationManagement declarations, ConflictDismissals dismissals,
			AuditLog audit, Clock clock) {
		this.reading = reading;
		this.roundCandidates = roundCandidates;
		this.conflicts = conflicts;
		this.experts = experts;
		this.declarations = declarations;
		this.dismissals = dismissals;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Runs {@link ConflictPolicy} on the round's declarations (the declaring unit, a zone's member units, the contact
	 * e-mail, as each declaration states them) and its invited experts, and keeps what it finds in place of the
	 * previous detection; conflicts the experts declared stay.
	 */
	@Transactional
	public List<RoundConflictView> detectConflicts(long id, String officer) {
		ReviewRound round = reading.openRound(id);
		List<RoundConflict> found = detect(round, officer);
		audit.record(officer, "CONFLICTS_DETECTED", "ReviewRound", id, AuditOutcome.SUCCESS,
				found.size() + " conflicts");
		return found.stream().map(RoundConflict::view).toList();
	}

	/**
	 * The conflicts that stand for the assignment: detected afresh (see {@link #detectConflicts}, not audited here)
	 * and declared by the experts, less those dismissed.
	 */
	List<RoundConflict> standing(ReviewRound round, String officer) {
		List<RoundConflict> current = new ArrayList<>(detect(round, officer));
		conflicts.findByRoundIdOrderByDeclarationIdAscExpertIdAscIdAsc(round.getId())
			.stream()
			.filter(RoundConflict::isDeclared)
			.forEach(current::add);
		current.removeIf(dismissals.storedDismissedIn(round.getId()));
		return current;
	}

	private List<RoundConflict> detect(ReviewRound round, String officer) {
		List<RoundCandidate> members = roundCandidates.findByRoundIdOrderById(round.getId());
		List<ConflictPolicy.DeclaringParties> parties = parties(members);
		List<ConflictPolicy.ExpertAffiliation> affiliations = experts.findByIdIn(round.getExpertIds())
			.stream()
			.map(e -> new ConflictPolicy.ExpertAffiliation(e.getId(), e.getAffiliationName(), e.getAffiliationUscc(),
					e.getEmail()))
			.toList();
		conflicts.deleteDetected(round.getId());
		Instant now = clock.instant();
		List<RoundConflict> found = new ArrayList<>();
		for (ConflictPolicy.Conflict conflict : ConflictPolicy.conflicts(affiliations, parties,
				dismissals.publicMailHosts())) {
			found.add(conflicts.save(RoundConflict.detected(round.getId(), conflict, officer, now)));
		}
		dismissals.recheck(round.getId(), found, officer);
		return found;
	}

	private List<ConflictPolicy.DeclaringParties> parties(List<RoundCandidate> members) {
		Map<Long, Candidate> byDeclaration = reading.candidatesByDeclaration(members);
		List<ConflictPolicy.DeclaringParties> parties = new ArrayList<>();
		for (DeclarationParties declared : declarations.parties(
				members.stream().map(RoundCandidate::getDeclarationId).toList(), MUNICIPAL)) {
			parties.add(partiesOf(declared, byDeclaration.get(declared.declarationId())));
		}
		return parties;
	}

	/**
	 * The parties as the declaration states them (unit name, contact e-mail, member units), with the declaring unit's
	 * credit code from the unit registry: validated at registration, and not for the declaring unit to change.
	 */
	static ConflictPolicy.DeclaringParties partiesOf(DeclarationParties declared, Candidate candidate) {
		String name = declared.unitName() == null || declared.unitName().isBlank() ? candidate.getUnitName()
				: declared.unitName();
		List<ConflictPolicy.Unit> members = declared.members()
			.stream()
			.map(m -> new ConflictPolicy.Unit(m.name(), m.uscc()))
			.toList();
		return new ConflictPolicy.DeclaringParties(declared.declarationId(),
				new ConflictPolicy.Unit(name, candidate.getUscc()), declared.contactEmail(), members);
	}

	/** A conflict of a pair with its reason as a message to resolve in the reader's language. */
	record ConflictView(ConflictReason reasonCode, DefaultMessageSourceResolvable reason) {
	}

	/**
	 * The conflicts of one expert with one declaration: stored (declared, or detected and not dismissed) or found
	 * now.
	 */
	List<ConflictView> conflictsOfPair(long roundId, Expert expert, Candidate candidate) {
		List<ConflictView> found = new ArrayList<>();
		Set<ConflictReason> seen = new HashSet<>();
		Predicate<ConflictKey> dismissed = dismissals.dismissedIn(roundId);
		for (RoundConflict stored : conflicts.findByRoundIdOrderByDeclarationIdAscExpertIdAscIdAsc(roundId)) {
			if ((stored.isDeclared() || !dismissed.test(ConflictKey.of(stored)))
					&& stored.getExpertId().equals(expert.getId())
					&& stored.getDeclarationId().equals(candidate.getDeclarationId()) && seen.add(stored.getReason())) {
				found.add(new ConflictView(stored.getReason(), resolvable(stored.getReason().messageKey(),
						stored.messageArguments())));
			}
		}
		List<DeclarationParties> declared = declarations.parties(List.of(candidate.getDeclarationId()), MUNICIPAL);
		if (!declared.isEmpty()) {
			for (ConflictPolicy.Conflict conflict : ConflictPolicy.conflicts(
					List.of(new ConflictPolicy.ExpertAffiliation(expert.getId(), expert.getAffiliationName(),
							expert.getAffiliationUscc(), expert.getEmail())),
					List.of(partiesOf(declared.get(0), candidate)), dismissals.publicMailHosts())) {
				if (!dismissed.test(ConflictKey.of(conflict)) && seen.add(conflict.reason())) {
					found.add(new ConflictView(conflict.reason(),
							resolvable(conflict.messageKey(), conflict.messageArguments())));
				}
			}
		}
		return found;
	}

	static DefaultMessageSourceResolvable resolvable(String key, Object[] arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments, key);
	}
}
