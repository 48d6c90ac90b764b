package cn.tsbase.guidance;

/** The district changed the notes and the guidance officer (none: null) of an entry of its cultivation pool. */
public record CultivationEntryChanged(long entryId, String districtCode, Long officerId) {
}
