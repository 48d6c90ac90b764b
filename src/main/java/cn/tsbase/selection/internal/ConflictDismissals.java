package cn.tsbase.selection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.referencedata.ReferenceItem;
import cn.tsbase.selection.ConflictDismissalView;
import cn.tsbase.selection.RoundConflictView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * The officer's side of false conflicts of interest: dismissing a detected conflict with a reason, re-checking the
 * dismissals at each detection (one whose conflict is no longer found with the same data lapses), and the public mail
 * hosts the administrator keeps as reference data, which detection never reads as an employer.
 */
@Component
public class ConflictDismissals {

	private final ConflictDismissalRepository dismissals;
	private final RoundConflictRepository conflicts;
	private final ReviewRoundRepository rounds;
	private final ReferenceData referenceData;
	private final AuditLog audit;
	private final Clock clock;

	ConflictDismissals(ConflictDismissalRepository dismissals, RoundConflictRepository conflicts,
			ReviewRoundRepository rounds, ReferenceData referenceData, AuditLog audit, Clock clock) {
		this.dismissals = dismissals;
		this.conflicts = conflicts;
		this.rounds = rounds;
		this.referenceData = referenceData;
		this.audit = audit;
		this.clock = clock;
	}

	/** The public mail hosts of the reference data (active ones), lower case. */
	public Set<String> publicMailHosts() {
		Set<String> hosts = new LinkedHashSet<>();
		for (ReferenceItem item : referenceData.active(ReferenceCategory.PUBLIC_MAIL_HOST)) {
			hosts.add(item.code().strip().toLowerCase(Locale.ROOT));
		}
		return hosts;
	}

	/**
	 * Dismisses a detected conflict of the round with the officer's reason (1 to 500 characters). Refused with 409 for a
	 * conflict the expert declared, one already dismissed, or a decided round; 404 for a conflict of another round.
	 *
	 * @return the message key of what is wrong with the reason, or empty when dismissed
	 */
	@Transactional
	public Optional<String> dismiss(long roundId, long conflictId, String justification, String officer) {
		ReviewRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Round " + roundId));
		RoundConflict conflict = conflicts.findById(conflictId)
			.filter(c -> c.getRoundId().equals(roundId))
			.orElseThrow(() -> new NotFoundException("Conflict " + conflictId + " in round " + roundId));
		round.requireOpen();
		String text = justification == null ? "" : justification.strip();
		if (text.isEmpty()) {
			return Optional.of("conflicts.dismiss.reasonRequired");
		}
		if (text.length() > ConflictDismissal.MAX_JUSTIFICATION) {
			return Optional.of("conflicts.dismiss.reasonTooLong");
		}
		if (active(roundId).stream().anyMatch(d -> d.covers(ConflictKey.of(conflict)))) {
			throw new StateConflictException("conflicts.dismiss.already", "Conflict " + conflictId + " is dismissed");
		}
		ConflictDismissal saved = dismissals.save(ConflictDismissal.of(conflict, text, officer, clock.instant()));
		audit.record(officer, "CONFLICT_DISMISSED", "ReviewRound", roundId, AuditOutcome.SUCCESS,
				"expert " + conflict.getExpertId() + ", declaration " + conflict.getDeclarationId() + ", "
						+ conflict.getReason() + ", dismissal " + saved.getId() + ": " + text);
		return Optional.empty();
	}

	/** Every dismissal of the round, newest first, lapsed ones included. */
	@Transactional(readOnly = true)
	public List<ConflictDismissalView> ofRound(long roundId) {
		return dismissals.findByRoundIdOrderByIdDesc(roundId).stream().map(ConflictDismissal::view).toList();
	}

	private List<ConflictDismissal> active(long roundId) {
		return dismissals.findByRoundIdOrderByIdDesc(roundId).stream().filter(d -> !d.isLapsed()).toList();
	}

	/** Whether a conflict found now is covered by a dismissal in force. */
	public Predicate<ConflictKey> dismissedIn(long roundId) {
		List<ConflictDismissal> inForce = active(roundId);
		return key -> inForce.stream().anyMatch(d -> d.covers(key));
	}

	/** The dismissal in force of each stored conflict that has one, by the conflict's id. */
	@Transactional(readOnly = true)
	public Map<Long, ConflictDismissalView> covering(long roundId, List<RoundConflictView> stored) {
		List<ConflictDismissal> inForce = active(roundId);
		Map<Long, ConflictDismissalView> found = new HashMap<>();
		for (RoundConflictView conflict : stored) {
			if (!conflict.declared()) {
				inForce.stream()
					.filter(d -> d.covers(ConflictKey.of(conflict)))
					.findFirst()
					.ifPresent(d -> found.put(conflict.id(), d.view()));
			}
		}
		return found;
	}

	/** As {@link #dismissedIn(long)}, for stored conflicts. */
	public Predicate<RoundConflict> storedDismissedIn(long roundId) {
		Predicate<ConflictKey> dismissed = dismissedIn(roundId);
		return conflict -> !conflict.isDeclared() && dismissed.test(ConflictKey.of(conflict));
	}

	/**
	 * After a detection: each dismissal in force whose conflict was not found again with the same data lapses (and is
	 * audited), so a changed e-mail or name is judged afresh.
	 */
	@Transactional
	public void recheck(long roundId, List<RoundConflict> detected, String officer) {
		Set<ConflictKey> found = new LinkedHashSet<>();
		detected.forEach(c -> found.add(ConflictKey.of(c)));
		Instant now = clock.instant();
		for (ConflictDismissal dismissal : active(roundId)) {
			if (!found.contains(dismissal.key())) {
				dismissal.lapse(now);
				audit.record(officer, "CONFLICT_DISMISSAL_LAPSED", "ReviewRound", roundId, AuditOutcome.SUCCESS,
						"dismissal " + dismissal.getId() + ", expert " + dismissal.getExpertId() + ", declaration "
								+ dismissal.getDeclarationId() + ", " + dismissal.getReason());
			}
		}
	}
}
