package cn.tsbase.evaluation.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.security.CurrentUser;

/**
 * A round's evaluations with the platform's figures of their bases for the round's year, a page at a time in the
 * caller's scope: what the district and the bureau weigh the self-evaluations against. A page costs the evaluations'
 * query and a bounded number of queries per module, whatever its size.
 */
@Service
public class RoundFigures {

	private final Evaluations evaluations;
	private final Prefill prefill;

	RoundFigures(Evaluations evaluations, Prefill prefill) {
		this.evaluations = evaluations;
		this.prefill = prefill;
	}

	/** An evaluation and its base's figures, by data source (absent where the source has none for the base). */
	public record Row(EvaluationView evaluation, Map<DataSource, PrefillFigure> figures) {
	}

	@Transactional(readOnly = true)
	public Page<Row> page(long roundId, String district, CurrentUser user, Pageable pageable) {
		Page<EvaluationView> found = evaluations.list(new Evaluations.Filter(roundId, district, null, null), user,
				pageable);
		if (found.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, found.getTotalElements());
		}
		int year = found.getContent().get(0).year();
		Map<Long, Map<DataSource, PrefillFigure>> figures = prefill.figures(EnumSet.allOf(DataSource.class),
				found.getContent().stream().map(EvaluationView::baseId).toList(), year, user.scope());
		return found.map(e -> new Row(e, figures.getOrDefault(e.baseId(), Map.of())));
	}
}
