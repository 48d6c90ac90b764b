package cn.tsbase.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The 18-character citizen ID number (GB 11643-1999): region, birth date, sequence and the ISO 7064 check. */
public final class IdCardNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK = "10X98765432";

	private IdCardNumber() {
	}

	/** Normalised (full-width, spaces, lower-case x) or null when the number is not valid. */
	public static String parse(String input) {
		String value = Uscc.normalise(input);
		if (!value.matches("\\d{17}[0-9X]")) {
			return null;
		}
		try {
			LocalDate birth = LocalDate.parse(value.substring(6, 10) + "-" + value.substring(10, 12) + "-"
					+ value.substring(12, 14));
			if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
				return null;
			}
		}
		catch (DateTimeParseException e) {
			return null;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11) == value.charAt(17) ? value : null;
	}

	/** Completes 17 digits with their check character (for tests and examples). */
	public static String withCheck(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK.charAt(sum % 11);
	}
}
