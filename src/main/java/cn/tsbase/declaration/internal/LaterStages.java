package cn.tsbase.declaration.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.tsbase.shared.progress.DeclarationMilestone;
import cn.tsbase.shared.progress.DeclarationMilestones;

/**
 * The stages a declaration reached after the district, as the later modules report them (selection, public notice,
 * bases), in order. The declaration page shows them, so the unit sees there what its notifications told it. The
 * caller has checked that the user may see the declaration.
 */
@Component
public class LaterStages {

	private final List<DeclarationMilestones> sources;

	LaterStages(List<DeclarationMilestones> sources) {
		this.sources = sources;
	}

	public List<DeclarationMilestone> of(long declarationId) {
		return sources.stream()
			.flatMap(source -> source.milestonesOf(declarationId).stream())
			.sorted(Comparator.comparingInt(DeclarationMilestone::order))
			.toList();
	}
}
