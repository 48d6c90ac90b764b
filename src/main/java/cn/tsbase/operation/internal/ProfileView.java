package cn.tsbase.operation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.internal.ProfileParts.Leadership;
import cn.tsbase.operation.internal.ProfileParts.Liaison;
import cn.tsbase.operation.internal.ProfileParts.Office;
import cn.tsbase.operation.internal.ProfileParts.Rules;

/** A base profile as pages and the API show it; the liaison's phone is masked for readers who only oversee. */
public record ProfileView(long baseId, String unitName, String districtCode, BaseType baseType, int batchYear,
		Leadership leadership, Office office, Rules rules, Liaison liaison, Liaison pendingLiaison,
		String pendingLiaisonBy, Instant pendingLiaisonAt, Set<Standard> missing, Integer acceptedPlanYear,
		int revision, int districtSeenRevision, Instant updatedAt, String updatedBy, long version) {

	public boolean isComplete() {
		return missing.isEmpty();
	}

	public boolean isMissing(Standard standard) {
		return missing.contains(standard);
	}

	public boolean isZone() {
		return baseType == BaseType.ZONE;
	}

	/** The standards in the plan's order, for listing. */
	public List<Standard> standards() {
		return List.of(Standard.values());
	}

	/** One change of the profile; unseen when the district has not looked at it yet. */
	public record Revision(int revision, Standard standard, List<String> fields, String changedBy, Instant changedAt,
			boolean unseen) {
	}
}
