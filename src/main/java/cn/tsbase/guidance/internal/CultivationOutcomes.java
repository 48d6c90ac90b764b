package cn.tsbase.guidance.internal;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.base.BaseDesignated;
import cn.tsbase.base.BaseManagement;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.declaration.QueueFilter;
import cn.tsbase.selection.PreReviewPassed;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.security.DataScope;

/**
 * How the cultivation pool's units fare in selection, from the upstream modules' events (their public API; guidance
 * reads none of their tables): a declaration submitted starts it (applied, in {@link CultivationPool}, which
 * handles that event for the entry already), the district's decision, the passed
 * pre-review, the proposed list and the designation as a base advance it. Only entries of the unit, and only for the
 * declaration the entry follows; a stage reached is never taken back by a late event of an earlier one.
 * <p>
 * A unit that joins the pool after those events (added from the registry, or linked when it registers) is back-filled
 * from the public APIs when it joins: designated as a base → published; else its latest declaration the unit
 * submitted (not withdrawn) → applied, recommended or not. Selection's later stages (pre-review passed, proposed)
 * have no query in selection's public API and are only seen from their events.
 */
@Component
class CultivationOutcomes {

	/** A registered unit joined a pool entry (added, or linked on registration): back-fill what it already did. */
	record UnitJoined(long entryId, long unitId) {
	}

	private static final int DECLARATIONS_LOOKED_AT = 10;

	private final CultivationEntryRepository entries;
	private final DeclarationManagement declarations;
	private final BaseManagement bases;

	CultivationOutcomes(CultivationEntryRepository entries, DeclarationManagement declarations, BaseManagement bases) {
		this.entries = entries;
		this.declarations = declarations;
		this.bases = bases;
	}

	@EventListener
	void on(UnitJoined event) {
		CultivationEntry entry = entries.findById(event.entryId()).orElse(null);
		if (entry == null) {
			return;
		}
		latestDeclaration(event.unitId()).ifPresent(d -> {
			if (!entry.hasApplied()) {
				entry.applied(d.callId(), d.submittedAt());
			}
			entry.declared(d.id());
			switch (d.status()) {
				case RECOMMENDED -> entry.reached(d.id(), SelectionOutcome.RECOMMENDED);
				case NOT_RECOMMENDED -> entry.reached(d.id(), SelectionOutcome.NOT_RECOMMENDED);
				default -> {
					// submitted, returned or resubmitted: applied
				}
			}
		});
		if (!bases.ofUnit(event.unitId()).isEmpty()) {
			entry.published();
		}
	}

	private Optional<DeclarationSummary> latestDeclaration(long unitId) {
		return declarations
			.queue(new QueueFilter(null, null, null, null, null), new DataScope(DataScope.Kind.UNIT, null, unitId),
					PageRequest.of(0, DECLARATIONS_LOOKED_AT, Sort.by(Sort.Direction.DESC, "id")))
			.stream()
			.filter(d -> d.submittedVersion() > 0 && d.submittedAt() != null
					&& d.status() != DeclarationStatus.WITHDRAWN && d.status() != DeclarationStatus.DRAFT)
			.findFirst();
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
