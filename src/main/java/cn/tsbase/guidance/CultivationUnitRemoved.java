package cn.tsbase.guidance;

/** The district took a unit out of its cultivation pool (its guidance assignments stay as they are). */
public record CultivationUnitRemoved(long entryId, String districtCode, String uscc) {
}
