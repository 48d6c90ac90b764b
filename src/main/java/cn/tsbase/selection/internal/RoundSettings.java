package cn.tsbase.selection.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.selection.ExpertView;

/**
 * An open round's settings and invitations: the experts per declaration, the maximum load, the deadline and the
 * divergence threshold, checked as when opening ({@link RoundOpening}); more experts of the pool invited.
 */
@Service
public class RoundSettings {

	private final RoundReading reading;
	private final RoundOpening opening;
	private final ReviewRoundRepository rounds;

	RoundSettings(RoundReading reading, RoundOpening opening, ReviewRoundRepository rounds) {
		this.reading = reading;
		this.opening = opening;
		this.rounds = rounds;
	}

	/** Changes the round's settings (see {@link ReviewRound#changeSettings}); returns the problems, if any. */
	@Transactional
	public List<ReviewProblem> changeSettings(long id, long expectedVersion, int perDeclaration, int maximumLoad,
			Instant deadline, BigDecimal threshold) {
		ReviewRound round = reading.openRound(id);
		if (round.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ReviewRound.class, id);
		}
		List<ReviewProblem> problems = opening.checkSizes(perDeclaration, maximumLoad, deadline, threshold);
		if (!problems.isEmpty()) {
			return problems;
		}
		rounds.save(round.changeSettings(perDeclaration, maximumLoad, deadline, threshold));
		return List.of();
	}

	/** Invites more experts of the pool (available ones) to the round. */
	@Transactional
	public void invite(long id, List<Long> expertIds) {
		ReviewRound round = reading.openRound(id);
		Set<Long> available = opening.availableExperts().stream().map(ExpertView::id).collect(Collectors.toSet());
		List<Long> invited = expertIds.stream().filter(available::contains).distinct().toList();
		rounds.save(round.invite(invited));
	}
}
