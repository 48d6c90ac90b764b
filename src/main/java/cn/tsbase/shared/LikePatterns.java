package cn.tsbase.shared;

import java.util.Locale;

import org.springframework.data.jpa.repository.query.EscapeCharacter;

/**
 * Search text typed by a user, made into a {@code LIKE} pattern that matches it literally: {@code %}, {@code _} and
 * the escape character itself are escaped (Spring Data's {@link EscapeCharacter}), so a search for {@code 50%_a\b}
 * finds exactly that. Every {@code like} that takes such a pattern must declare {@link #ESCAPE} as its escape
 * character ({@code cb.like(x, pattern, LikePatterns.ESCAPE)} or {@code like :p escape '\'} in JPQL).
 */
public final class LikePatterns {

	/** The escape character the patterns use. */
	public static final char ESCAPE = '\\';

	private static final EscapeCharacter ESCAPER = EscapeCharacter.of(ESCAPE);

	private LikePatterns() {
	}

	/** The text with its wildcard and escape characters escaped, otherwise unchanged. */
	public static String escape(String text) {
		return ESCAPER.escape(text);
	}

	/**
	 * A pattern matching values that contain the trimmed, lower-cased text (compare it with {@code lower(column)}).
	 *
	 * @return the pattern, or {@code null} when the text is null or blank (no filter)
	 */
	public static String containing(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
	}
}
