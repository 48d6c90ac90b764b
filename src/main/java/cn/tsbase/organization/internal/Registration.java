package cn.tsbase.organization.internal;

/** What a unit gives when it registers itself: its code and district, its profile and its first account. */
public record Registration(String uscc, String districtCode, UnitDetails details, String username,
		String rawPassword) {

	@Override
	public String toString() {
		return "Registration[" + uscc + ", " + details.name() + ", " + username + "]";
	}
}
