package cn.tsbase.guidance.internal;

import java.time.Instant;

/**
 * A cultivation pool entry as pages and the API show it: registered or not, its officer (id and name), the last call it was
 * invited to, the call it applied to, how many guidance visits it had and how far it got in selection (null before it
 * applies).
 */
public record PoolEntryView(long id, String districtCode, String uscc, Long unitId, String unitName, String reason,
		String notes, Long officerId, String officerName, Long invitedCallId, Instant invitedAt, Long appliedCallId,
		Instant appliedAt, long visits, Instant addedAt, long version, SelectionOutcome outcome) {

	public boolean registered() {
		return unitId != null;
	}
}
