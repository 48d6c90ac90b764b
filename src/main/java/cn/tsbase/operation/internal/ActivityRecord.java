package cn.tsbase.operation.internal;

import java.time.LocalDate;

/** An activity as the unit records it and as pages show it (id null before it is saved). */
public record ActivityRecord(Long id, ActivityKind kind, LocalDate heldOn, String topic, boolean online,
		String place, int participants, String organiser) {
}
