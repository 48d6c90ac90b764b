package cn.tsbase.reporting.internal;

import java.time.Instant;
import java.util.List;

/** An escalated problem as its page and the API show it. */
public record EscalationView(long id, String districtCode, String title, String description,
		EscalationSource source, Long liaisonProblemId, List<Base> bases, EscalationStatus status, String answer,
		String raisedBy, Instant raisedAt, String answeredBy, Instant answeredAt, long version) {

	/** A base the problem concerns. */
	public record Base(long id, String unitName) {
	}

	static EscalationView of(Escalation e) {
		return new EscalationView(e.getId(), e.getDistrictCode(), e.getTitle(), e.getDescription(), e.getSource(),
				e.getLiaisonProblemId(),
				e.getBases().stream().map(b -> new Base(b.baseId(), b.unitName())).toList(), e.getStatus(),
				e.getAnswer(), e.getRaisedBy(), e.getRaisedAt(), e.getAnsweredBy(), e.getAnsweredAt(),
				e.getVersion());
	}

	/** A line of the list (no bases: one query per page). */
	public record Row(long id, String districtCode, String title, EscalationSource source, EscalationStatus status,
			Instant raisedAt, Instant answeredAt) {

		static Row of(Escalation e) {
			return new Row(e.getId(), e.getDistrictCode(), e.getTitle(), e.getSource(), e.getStatus(),
					e.getRaisedAt(), e.getAnsweredAt());
		}
	}
}
