package cn.tsbase.base;

import java.time.LocalDate;

/** A base gave up its title voluntarily; it leaves the public list, its history stays. */
public record BaseWithdrawn(long baseId, long unitId, String districtCode, LocalDate withdrawnOn, String reason) {
}
