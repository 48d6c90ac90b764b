package cn.tsbase.declaration.internal;

import java.time.Instant;
import java.util.Set;

import cn.tsbase.declaration.BaseType;

/** What an officer gives to publish a call; the district comes from the officer, never from the form. */
public record NewCall(String title, int year, Set<BaseType> baseTypes, String requirementsHtml, Instant opensAt,
		Instant closesAt, int quotaPoints, int quotaZones) {
}
