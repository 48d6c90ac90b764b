package cn.tsbase.shared;

/** Personal data as shown to those who do not handle it: ID and phone numbers masked in the middle. */
public final class Masking {

	private Masking() {
	}

	/** 110101********1234 style: the first 6 and last 4 of an 18-character ID number. */
	public static String idNumber(String value) {
		return mask(value, 6, 4);
	}

	/** 138****5678 style. */
	public static String phone(String value) {
		return mask(value, 3, 4);
	}

	/** 张* style: the family name only. */
	public static String name(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return value.substring(0, 1) + "*".repeat(Math.max(1, value.length() - 1));
	}

	static String mask(String value, int keepStart, int keepEnd) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (value.length() <= keepStart + keepEnd) {
			return "*".repeat(value.length());
		}
		return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
				+ value.substring(value.length() - keepEnd);
	}
}
