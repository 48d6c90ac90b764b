package cn.tsbase.operation.internal;

import java.time.LocalDate;

/**
 * An activity as the unit records it and as pages show it (id null before it is saved), with how many evidence files
 * (sign-in sheets, photos, materials) it has.
 */
public record ActivityRecord(Long id, ActivityKind kind, LocalDate heldOn, String topic, boolean online,
		String place, int participants, String organiser, int evidenceCount) {

	public ActivityRecord(Long id, ActivityKind kind, LocalDate heldOn, String topic, boolean online, String place,
			int participants, String organiser) {
		this(id, kind, heldOn, topic, online, place, participants, organiser, 0);
	}
}
