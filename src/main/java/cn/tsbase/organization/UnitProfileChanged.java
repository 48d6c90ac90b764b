package cn.tsbase.organization;

import java.util.List;

/** A unit's profile changed; the fields that changed, by name. */
public record UnitProfileChanged(long unitId, int revision, String changedBy, List<String> fields) {
}
