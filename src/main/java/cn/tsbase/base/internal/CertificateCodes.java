package cn.tsbase.base.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate numbers and verification codes. A code is 16 characters of Crockford's base32 (80 random bits from
 * a secure source: unguessable, and no look-alike letters), shown in groups of four; what people type is normalized
 * (case, spaces, dashes, the letters people confuse with digits) before it is looked up.
 */
final class CertificateCodes {

	static final int LENGTH = 16;

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private CertificateCodes() {
	}

	static String newCode() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/** The certificate number of a base: batch year, kind (P point, Z zone) and the base's number. */
	static String number(int batchYear, cn.tsbase.declaration.BaseType type, long baseId) {
		return "BJTS-" + batchYear + "-" + (type.name().startsWith("Z") ? "Z" : "P") + "-"
				+ String.format(Locale.ROOT, "%05d", baseId);
	}

	/** The code as printed: four groups of four. */
	static String display(String code) {
		if (code == null || code.length() != LENGTH) {
			return code;
		}
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-"
				+ code.substring(12);
	}

	/** What a person typed, as stored, if it can be a code at all. */
	static Optional<String> normalize(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		StringBuilder code = new StringBuilder(LENGTH);
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == '-' || c == ' ' || c == '\u3000') {
				continue;
			}
			char mapped = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (new String(ALPHABET).indexOf(mapped) < 0 || code.length() == LENGTH) {
				return Optional.empty();
			}
			code.append(mapped);
		}
		return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
	}
}
