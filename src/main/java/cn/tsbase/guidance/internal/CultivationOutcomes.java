package cn.tsbase.guidance.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.base.BaseDesignated;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.selection.PreReviewPassed;
import cn.tsbase.selection.ProposedListDecided;

/**
 * How the cultivation pool's units fare in selection, from the upstream modules' events (their public API; guidance
 * reads none of their tables): a declaration submitted starts it (applied, in {@link CultivationPool}, which
 * handles that event for the entry already), the district's decision, the passed
 * pre-review, the proposed list and the designation as a base advance it. Only entries of the unit, and only for the
 * declaration the entry follows; a stage reached is never taken back by a late event of an earlier one.
 */
@Component
class CultivationOutcomes {

	private final CultivationEntryRepository entries;

	CultivationOutcomes(CultivationEntryRepository entries) {
		this.entries = entries;
	}

	@ApplicationModuleListener
	void on(DeclarationDecided event) {
		SelectionOutcome stage = event.recommended() ? SelectionOutcome.RECOMMENDED : SelectionOutcome.NOT_RECOMMENDED;
		entries.findByUnitId(event.unitId()).forEach(e -> e.reached(event.declarationId(), stage));
	}

	@ApplicationModuleListener
	void on(PreReviewPassed event) {
		entries.findByUnitId(event.unitId())
			.forEach(e -> e.reached(event.declarationId(), SelectionOutcome.PRE_REVIEW_PASSED));
	}

	@ApplicationModuleListener
	void on(ProposedListDecided event) {
		for (ProposedListDecided.Entry proposed : event.entries()) {
			entries.findByUnitId(proposed.unitId())
				.forEach(e -> e.reached(proposed.declarationId(), SelectionOutcome.PROPOSED));
		}
	}

	@ApplicationModuleListener
	void on(BaseDesignated event) {
		entries.findByUnitId(event.unitId()).forEach(CultivationEntry::published);
	}
}
