package cn.tsbase.evaluation;

/** A base submitted its rectification plan and progress for the district's acceptance. */
public record RectificationSubmitted(long rectificationId, long baseId, String unitName, String districtCode) {
}
