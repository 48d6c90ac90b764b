package cn.tsbase.guidance.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The furthest stage a declaration reached in selection, as the upstream modules announced it: kept for every
 * declaration, pool unit or not, so that a unit joining the pool later shows how far it got. A stage reached is
 * never taken back by a late event of an earlier one.
 */
@Entity
@Table(name = "guidance_selection_stage")
class SelectionStage {

	@Id
	@Column(name = "declaration_id")
	private Long declarationId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SelectionOutcome stage;

	@Column(name = "reached_at", nullable = false)
	private Instant reachedAt;

	protected SelectionStage() {
	}

	SelectionStage(long declarationId, long unitId, SelectionOutcome stage, Instant reachedAt) {
		this.declarationId = declarationId;
		this.unitId = unitId;
		this.stage = stage;
		this.reachedAt = reachedAt;
	}

	/** The declaration reached a stage; ignored for a stage before the one reached. */
	void reached(SelectionOutcome next, Instant at) {
		if (stage.isBefore(next)) {
			this.stage = next;
			this.reachedAt = at;
		}
	}

	SelectionOutcome getStage() {
		return stage;
	}
}
