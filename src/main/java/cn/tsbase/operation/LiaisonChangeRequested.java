package cn.tsbase.operation;

/** A base named a new liaison officer (联络员): the change waits for the district's confirmation. */
public record LiaisonChangeRequested(long baseId, long unitId, String unitName, String districtCode) {
}
