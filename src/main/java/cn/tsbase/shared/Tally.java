package cn.tsbase.shared;

/**
 * A count of something in the programme (a stage reached, a status held) for one district and base type: what the
 * modules' statistics ports answer with, so that reporting never reads another module's tables.
 */
public record Tally(String districtCode, String baseType, String key, long count) {
}
