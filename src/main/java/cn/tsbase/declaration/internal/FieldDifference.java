package cn.tsbase.declaration.internal;

/** One field that differs between two submitted versions, by its path in the form (e.g. "standards.leaderName"). */
public record FieldDifference(String path, String before, String after) {
}
