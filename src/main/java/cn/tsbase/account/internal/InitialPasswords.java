package cn.tsbase.account.internal;

import java.security.SecureRandom;

/** Random initial passwords that satisfy the policy; shown once, valid for one login before a forced change. */
final class InitialPasswords {

	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
	private static final String DIGITS = "23456789";
	private static final String SYMBOLS = "!@#$%*-_=+?";
	private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;
	private static final int LENGTH = 14;
	private static final SecureRandom RANDOM = new SecureRandom();

	private InitialPasswords() {
	}

	static String generate() {
		while (true) {
			char[] chars = new char[LENGTH];
			chars[0] = pick(LOWER);
			chars[1] = pick(UPPER);
			chars[2] = pick(DIGITS);
			chars[3] = pick(SYMBOLS);
			for (int i = 4; i < LENGTH; i++) {
				chars[i] = pick(ALL);
			}
			for (int i = LENGTH - 1; i > 0; i--) {
				int j = RANDOM.nextInt(i + 1);
				char tmp = chars[i];
				chars[i] = chars[j];
				chars[j] = tmp;
			}
			String candidate = new String(chars);
			if (PasswordPolicy.violations(candidate, null).isEmpty()) {
				return candidate;
			}
		}
	}

	private static char pick(String alphabet) {
		return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
	}
}
