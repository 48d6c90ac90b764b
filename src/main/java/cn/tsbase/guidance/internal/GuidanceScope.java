package cn.tsbase.guidance.internal;

/**
 * What guidance data a caller sees, as query parameters: everything (the municipal bureau), one district (district
 * officers, the IP office), one unit (its own people) or the units currently assigned to one guidance officer. The
 * parameters not in use hold values that match nothing, so one query serves every kind of caller.
 */
public record GuidanceScope(boolean all, String district, long unit, long officer) {

	static final String NO_DISTRICT = "-";

	static final long NOBODY = -1L;

	public static final GuidanceScope NONE = new GuidanceScope(false, NO_DISTRICT, NOBODY, NOBODY);

	static GuidanceScope everything() {
		return new GuidanceScope(true, NO_DISTRICT, NOBODY, NOBODY);
	}

	static GuidanceScope district(String code) {
		return new GuidanceScope(false, code, NOBODY, NOBODY);
	}

	static GuidanceScope unit(long unitId) {
		return new GuidanceScope(false, NO_DISTRICT, unitId, NOBODY);
	}

	static GuidanceScope officer(long officerId) {
		return new GuidanceScope(false, NO_DISTRICT, NOBODY, officerId);
	}

	public boolean isOfficer() {
		return officer != NOBODY;
	}

	public boolean isUnit() {
		return unit != NOBODY;
	}

	public boolean isDistrict() {
		return !NO_DISTRICT.equals(district);
	}
}
