package cn.tsbase.guidance.internal;

import java.time.Instant;

/** A guidance officer as pages and the API show them. */
public record OfficerView(long id, long accountId, String username, String displayName, String districtCode,
		String expertise, String phone, String email, boolean active, Instant appointedAt, long version) {
}
