package cn.tsbase.shared.security;

/**
 * What business data a caller may see. Every query that returns business data takes a scope and filters by it in the
 * database; an object outside the scope is reported as not found.
 */
public record DataScope(Kind kind, String districtCode, Long unitId) {

	public enum Kind {
		/** Every district (the municipal bureau). */
		ALL,
		/** One district (district officers, the district IP office). */
		DISTRICT,
		/** One unit (the unit's own people). */
		UNIT,
		/** No business data (administrators, experts outside their assignments, the public). */
		NONE
	}

	public static final DataScope NONE = new DataScope(Kind.NONE, null, null);

	public static DataScope of(CurrentUser user) {
		if (user == null) {
			return NONE;
		}
		if (user.hasRole(Role.MUNICIPAL_OFFICER)) {
			return new DataScope(Kind.ALL, null, null);
		}
		if ((user.hasRole(Role.DISTRICT_OFFICER) || user.hasRole(Role.IP_OFFICER)) && user.getDistrictCode() != null) {
			return new DataScope(Kind.DISTRICT, user.getDistrictCode(), null);
		}
		if ((user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) && user.getUnitId() != null) {
			return new DataScope(Kind.UNIT, null, user.getUnitId());
		}
		return NONE;
	}

	public boolean isAll() {
		return kind == Kind.ALL;
	}

	public boolean isNone() {
		return kind == Kind.NONE;
	}

	/** Whether an object of the given district and unit lies inside this scope. */
	public boolean includes(String objectDistrict, Long objectUnit) {
		return switch (kind) {
			case ALL -> true;
			case DISTRICT -> districtCode.equals(objectDistrict);
			case UNIT -> unitId.equals(objectUnit);
			case NONE -> false;
		};
	}
}
