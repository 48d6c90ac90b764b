package cn.tsbase.guidance;

/**
 * The district added a unit to its cultivation pool (培育库) by credit code: a registered unit (with its id) or one not
 * registered yet (no unit id).
 */
public record CultivationUnitAdded(long entryId, String districtCode, String uscc, Long unitId) {
}
