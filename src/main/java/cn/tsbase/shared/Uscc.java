package cn.tsbase.shared;

import java.text.Normalizer;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the alphabet {@code 0-9 A-H J-N
 * P-R T-U W-Y}; positions 9–17 are the organisation code (GB 11714) with its own check character at position 17, and
 * position 18 is the check character of the whole code.
 * <p>
 * People type codes with Chinese input methods, so {@link #parse(String)} first normalises full-width characters,
 * lower case and stray spaces, then validates and reports precisely what is wrong.
 */
public final class Uscc {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };
	public static final int LENGTH = 18;

	private final String value;

	private Uscc(String value) {
		this.value = value;
	}

	/** A code that must be valid as given (after normalisation), e.g. when read back from storage. */
	public static Uscc of(String input) {
		Result result = parse(input);
		if (!result.valid()) {
			throw new IllegalArgumentException("Invalid unified social credit code: " + result.problem());
		}
		return result.uscc().get();
	}

	public String value() {
		return value;
	}

	/** Normalises and validates; the result carries either the code or the problem. */
	public static Result parse(String input) {
		return check(normalise(input));
	}

	/** Full-width to half-width (NFKC), every kind of white space removed, upper case. */
	public static String normalise(String input) {
		if (input == null) {
			return "";
		}
		String nfkc = Normalizer.normalize(input, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(nfkc.length());
		nfkc.codePoints()
			.filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '\u200B' && cp != '\uFEFF')
			.map(Character::toUpperCase)
			.forEach(out::appendCodePoint);
		return out.toString();
	}

	private static Result check(String code) {
		if (code == null || code.isEmpty()) {
			return Result.problem(Problem.EMPTY);
		}
		int length = code.codePointCount(0, code.length());
		if (length != LENGTH) {
			return Result.problem(Problem.LENGTH, length);
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = code.charAt(i);
			if (ALPHABET.indexOf(c) < 0) {
				return Result.problem(Problem.CHARACTER, i + 1, String.valueOf(c));
			}
		}
		char orgCheck = organisationCodeCheckCharacter(code.substring(8, 16));
		if (code.charAt(16) != orgCheck) {
			return Result.problem(Problem.ORGANISATION_CODE, String.valueOf(orgCheck), String.valueOf(code.charAt(16)));
		}
		char check = checkCharacter(code.substring(0, 17));
		if (code.charAt(17) != check) {
			return Result.problem(Problem.CHECK_CHARACTER, String.valueOf(check), String.valueOf(code.charAt(17)));
		}
		return new Result(Optional.of(new Uscc(code)), null, new Object[0]);
	}

	/** The check character (position 18) for the first 17 characters. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int c = 31 - sum % 31;
		return ALPHABET.charAt(c == 31 ? 0 : c);
	}

	/** The GB 11714 check character for the 8-character body of an organisation code. */
	public static char organisationCodeCheckCharacter(String body) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += Character.digit(body.charAt(i), 36) * ORG_WEIGHTS[i];
		}
		int c = 11 - sum % 11;
		return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
	}

	/** What is wrong with a code; each has a message key {@code uscc.<name>} taking {@link Result#arguments()}. */
	public enum Problem {
		EMPTY, LENGTH, CHARACTER, ORGANISATION_CODE, CHECK_CHARACTER;

		public String messageKey() {
			return "uscc." + name().toLowerCase();
		}
	}

	public record Result(Optional<Uscc> uscc, Problem problem, Object[] arguments) {

		static Result problem(Problem problem, Object... arguments) {
			return new Result(Optional.empty(), problem, arguments);
		}

		public boolean valid() {
			return uscc.isPresent();
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Uscc that && value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}
}
