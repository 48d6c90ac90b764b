package cn.tsbase.organization;

import java.time.Instant;

/** A unit registered itself on the platform. */
public record UnitRegistered(long unitId, String uscc, String name, String districtCode, Instant registeredAt) {
}
