package cn.tsbase.operation.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity as the unit records it and as pages show it (id null before it is saved), with how many evidence files
 * (sign-in sheets, photos, materials) it has and, for a zone, which member units took part with how many people each
 * (their sum never exceeds the participants: the zone's own staff and guests may take part too).
 */
public record ActivityRecord(Long id, ActivityKind kind, LocalDate heldOn, String topic, boolean online,
		String place, int participants, String organiser, int evidenceCount, List<Participant> members) {

	public ActivityRecord {
		members = members == null ? List.of() : List.copyOf(members);
	}

	public ActivityRecord(Long id, ActivityKind kind, LocalDate heldOn, String topic, boolean online, String place,
			int participants, String organiser, int evidenceCount) {
		this(id, kind, heldOn, topic, online, place, participants, organiser, evidenceCount, List.of());
	}

	public ActivityRecord(Long id, ActivityKind kind, LocalDate heldOn, String topic, boolean online, String place,
			int participants, String organiser) {
		this(id, kind, heldOn, topic, online, place, participants, organiser, 0, List.of());
	}

	/** The same activity with the member units that took part. */
	public ActivityRecord withMembers(List<Participant> taking) {
		return new ActivityRecord(id, kind, heldOn, topic, online, place, participants, organiser, evidenceCount,
				taking);
	}

	/** The people the member units sent, together. */
	public int memberPeople() {
		return members.stream().mapToInt(Participant::people).sum();
	}

	/** A member unit of the zone that took part, with how many of its people (its name as the zone keeps it). */
	public record Participant(long memberId, String name, int people) {
	}
}
