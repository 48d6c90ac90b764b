package cn.tsbase.guidance;

/** A unit asked its district for guidance (指导申请). */
public record GuidanceRequested(long requestId, long unitId, String unitName, String districtCode) {
}
