package cn.tsbase.guidance.internal;

import java.time.Clock;
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
import cn.tsbase.selection.CandidatesNotProposed;
import cn.tsbase.selection.ExpertReviewStarted;
import cn.tsbase.selection.PreReviewFailed;
import cn.tsbase.selection.PreReviewPassed;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.security.DataScope;

/**
 * How the cultivation pool's units fare in selection, from the upstream modules' events (their public API; guidance
 * reads none of their tables): a declaration submitted starts it (applied, in {@link CultivationPool}, which
 * handles that event for the entry already); the district's decision, the written pre-review passed or failed, the
 * expert review started, the proposed list (proposed, or left off it: not proposed) and the designation as a base
 * advance it. Only entries of the unit, and
 * only for the declaration the entry follows; a stage reached is never taken back by a late event of an earlier one.
 * <p>
 * Every declaration's furthest stage is also kept in guidance's own {@link SelectionStage} log, pool unit or not,
 * because selection's public API has no query of a declaration's stage: a unit that joins the pool after those events
 * (added from the registry, or linked when it registers) is back-filled when it joins from its latest declaration
 * (declaration API: applied, recommended or not), that declaration's logged stage (pre-review, expert review,
 * proposed or not) and its designation as a base (base API: published). Stages reached before the log existed are seen only
 * up to the district's decision.
 */
@Component
class CultivationOutcomes {

	/** A registered unit joined a pool entry (added, or linked on registration): back-fill what it already did. */
	record UnitJoined(long entryId, long unitId) {
	}

	private static final int DECLARATIONS_LOOKED_AT = 10;

	private final CultivationEntryRepository entries;
	private final SelectionStageRepository stages;
	private final DeclarationManagement declarations;
	private final BaseManagement bases;
	private final Clock clock;

	CultivationOutcomes(CultivationEntryRepository entries, SelectionStageRepository stages,
			DeclarationManagement declarations, BaseManagement bases, Clock clock) {
		this.entries = entries;
		this.stages = stages;
		this.declarations = declarations;
		this.bases = bases;
		this.clock = clock;
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
			stages.findById(d.id()).ifPresent(stage -> entry.reached(d.id(), stage.getStage()));
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
		advance(event.declarationId(), event.unitId(),
				event.recommended() ? SelectionOutcome.RECOMMENDED : SelectionOutcome.NOT_RECOMMENDED);
	}

	@ApplicationModuleListener
	void on(PreReviewPassed event) {
		advance(event.declarationId(), event.unitId(), SelectionOutcome.PRE_REVIEW_PASSED);
	}

	@ApplicationModuleListener
	void on(PreReviewFailed event) {
		advance(event.declarationId(), event.unitId(), SelectionOutcome.PRE_REVIEW_FAILED);
	}

	@ApplicationModuleListener
	void on(ExpertReviewStarted event) {
		for (ExpertReviewStarted.Entry reviewed : event.declarations()) {
			advance(reviewed.declarationId(), reviewed.unitId(), SelectionOutcome.EXPERT_REVIEW);
		}
	}

	@ApplicationModuleListener
	void on(ProposedListDecided event) {
		for (ProposedListDecided.Entry proposed : event.entries()) {
			advance(proposed.declarationId(), proposed.unitId(), SelectionOutcome.PROPOSED);
		}
	}

	@ApplicationModuleListener
	void on(CandidatesNotProposed event) {
		for (CandidatesNotProposed.Entry leftOut : event.entries()) {
			advance(leftOut.declarationId(), leftOut.unitId(), SelectionOutcome.NOT_PROPOSED);
		}
	}

	@ApplicationModuleListener
	void on(BaseDesignated event) {
		if (event.declarationId() > 0) {
			log(event.declarationId(), event.unitId(), SelectionOutcome.PUBLISHED);
		}
		entries.findByUnitId(event.unitId()).forEach(CultivationEntry::published);
	}

	private void advance(long declarationId, long unitId, SelectionOutcome stage) {
		log(declarationId, unitId, stage);
		entries.findByUnitId(unitId).forEach(e -> e.reached(declarationId, stage));
	}

	/** Logs the stage, or advances the logged one; safe against events of one declaration arriving at once. */
	private void log(long declarationId, long unitId, SelectionOutcome stage) {
		if (stages.insertIfAbsent(declarationId, unitId, stage.name(), clock.instant()) == 0) {
			stages.lock(declarationId).ifPresent(logged -> logged.reached(stage, clock.instant()));
		}
	}
}
