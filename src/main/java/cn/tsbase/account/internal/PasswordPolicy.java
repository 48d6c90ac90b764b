package cn.tsbase.account.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

import cn.tsbase.account.PasswordRequirements;

/**
 * The password rules of SECURITY.md (等保 level 3 where it is stricter than ASVS, see ADR 0003): at least 8
 * characters from at least 3 of 4 classes, not a common password, not built on the username or on site words.
 * Reuse of recent passwords is checked against the history by {@link PasswordService}.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = PasswordRequirements.MIN_LENGTH;
	public static final int MAX_LENGTH = PasswordRequirements.MAX_LENGTH;

	private static final Set<String> COMMON = load("account/common-passwords.txt");
	private static final List<String> SITE_WORDS = List.copyOf(load("account/site-words.txt"));

	private PasswordPolicy() {
	}

	/** The message keys of every rule the password breaks; empty when it is acceptable. */
	public static List<String> violations(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add("password.rule.length");
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add("password.rule.tooLong");
			return problems;
		}
		if (characterClasses(password) < 3) {
			problems.add("password.rule.classes");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String letters = lower.replaceAll("[^a-z]", "");
		if (COMMON.contains(lower) || (letters.length() >= 5 && COMMON.contains(letters)) || COMMON.contains(lower.replaceAll("[^a-z0-9]", ""))
				|| isSequenceOrRepetition(lower)) {
			problems.add("password.rule.common");
		}
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("password.rule.username");
		}
		if (SITE_WORDS.stream().anyMatch(lower::contains)) {
			problems.add("password.rule.siteWord");
		}
		return problems;
	}

	static int characterClasses(String password) {
		boolean lower = false, upper = false, digit = false, other = false;
		for (char c : password.toCharArray()) {
			if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	/** "abcdefgh", "12345678", "aaaaaaaa" and the like, whatever the case. */
	static boolean isSequenceOrRepetition(String lower) {
		boolean ascending = true, descending = true, repeated = true;
		for (int i = 1; i < lower.length(); i++) {
			int step = lower.charAt(i) - lower.charAt(i - 1);
			ascending &= step == 1;
			descending &= step == -1;
			repeated &= step == 0;
		}
		return ascending || descending || repeated;
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::trim)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.forEach(words::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource, e);
		}
		return words;
	}
}
