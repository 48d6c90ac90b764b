package cn.tsbase.organization;

import java.time.Instant;
import java.util.List;

/** One saved change of a unit's profile as its history shows it: who, when, and each field's old and new value. */
public record UnitRevisionView(int revision, String changedBy, Instant changedAt, List<Change> changes) {

	/** One field of the revision. */
	public record Change(String field, String oldValue, String newValue) {
	}
}
