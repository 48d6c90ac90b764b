package cn.tsbase.selection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.selection.CandidateStatus;
import cn.tsbase.selection.PreReviewFailed;
import cn.tsbase.selection.PreReviewItemView;
import cn.tsbase.selection.PreReviewResultView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;

/**
 * The municipal bureau's written pre-review (书面预审) of a candidate against the active checklist: every item
 * answered, a failure with its reason; the unit and its district are told by {@link PreReviewFailed} or
 * {@link cn.tsbase.selection.PreReviewPassed}.
 */
@Service
public class PreReviews {

	private final CandidateRepository candidates;
	private final PreReviewItemRepository items;
	private final PreReviewResultRepository results;

	PreReviews(CandidateRepository candidates, PreReviewItemRepository items, PreReviewResultRepository results) {
		this.candidates = candidates;
		this.items = items;
		this.results = results;
	}

	@Transactional(readOnly = true)
	public List<PreReviewItemView> checklist() {
		return items.findByActiveTrueOrderByPosition().stream().map(PreReviewItem::view).toList();
	}

	@Transactional(readOnly = true)
	public Map<Long, PreReviewResultView> preReviewResults(long candidateId) {
		Map<Long, PreReviewResultView> byItem = new java.util.HashMap<>();
		results.findByCandidateId(candidateId).forEach(r -> byItem.put(r.getItemId(), r.view()));
		return byItem;
	}

	/** One item's answer in the pre-review form. */
	public record ItemAnswer(long itemId, boolean passed, String note) {
	}

	/**
	 * Records the written pre-review. Any failed item fails the declaration (a failed veto item in any case); a
	 * failure needs a reason, and the unit and its district are told.
	 *
	 * @return the message keys of what is missing in the answers; empty when recorded
	 */
	@Transactional
	public List<String> preReview(long candidateId, long expectedVersion, List<ItemAnswer> answers, String reason) {
		Candidate candidate = candidates.findById(candidateId)
			.orElseThrow(() -> new NotFoundException("Candidate " + candidateId));
		if (candidate.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Candidate.class, candidateId);
		}
		List<PreReviewItem> checklist = items.findByActiveTrueOrderByPosition();
		Map<Long, ItemAnswer> byItem = new java.util.HashMap<>();
		answers.forEach(a -> byItem.put(a.itemId(), a));
		List<String> problems = new ArrayList<>();
		if (checklist.stream().anyMatch(item -> !byItem.containsKey(item.getId()))) {
			problems.add("preReview.answerEveryItem");
		}
		boolean passed = checklist.stream().allMatch(item -> byItem.containsKey(item.getId())
				&& byItem.get(item.getId()).passed());
		if (!passed && (reason == null || reason.isBlank())) {
			problems.add("preReview.reasonRequired");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		if (candidate.getStatus() != CandidateStatus.COLLECTED) {
			throw new StateConflictException("candidate.preReviewDone", "Already pre-reviewed");
		}
		for (PreReviewItem item : checklist) {
			ItemAnswer answer = byItem.get(item.getId());
			results.save(new PreReviewResult(candidateId, item.getId(), answer.passed(), answer.note()));
		}
		candidates.save(candidate.preReview(passed, passed ? null : reason.strip()));
		return problems;
	}
}
