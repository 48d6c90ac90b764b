package cn.tsbase.declaration;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A call (申报通知) as pages and the JSON API show it: the one mapping of the {@code Call} entity that leaves the
 * module, so the entity stays inside.
 */
public record CallView(long id, String districtCode, String title, int year, Set<BaseType> baseTypes,
		String requirementsHtml, Instant opensAt, Instant closesAt, int quotaPoints, int quotaZones, String createdBy,
		long version) {

	public CallView {
		// in the order of the enum, as the pages list them
		baseTypes = Collections.unmodifiableSet(
				baseTypes.isEmpty() ? EnumSet.noneOf(BaseType.class) : EnumSet.copyOf(baseTypes));
	}

	/** Whether the call takes submissions at this moment (server time). */
	public boolean isOpen(Instant now) {
		return !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	/** Whether units of the district may answer this call. */
	public boolean covers(String district) {
		return districtCode == null || districtCode.equals(district);
	}

	/** The municipal bureau's call, for every district. */
	public boolean isMunicipal() {
		return districtCode == null;
	}

	/** What other modules need to know of it. */
	public CallSummary summary() {
		return new CallSummary(id, districtCode, title, year, baseTypes, opensAt, closesAt, quotaPoints, quotaZones);
	}
}
