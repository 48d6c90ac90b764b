package cn.tsbase.attachment.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Original file names, made safe to store, show and send back in a Content-Disposition header: no directories (a
 * browser on Windows may send {@code C:\Users\...\a.pdf}, an attacker {@code ../../etc/passwd}), no control or
 * bidirectional formatting characters (CR/LF, U+202E), none of {@code \ / : * ? " < > |}, no leading or trailing dots
 * and spaces, at most {@value #MAX_LENGTH} characters with the extension kept. Chinese and other letters stay.
 */
final class FileNames {

	static final int MAX_LENGTH = 120;
	private static final int MAX_EXTENSION_LENGTH = 10;
	private static final String FORBIDDEN = "\\/:*?\"<>|";

	private FileNames() {
	}

	/** The safe name, or empty when nothing usable is left. */
	static Optional<String> sanitise(String originalName) {
		if (originalName == null) {
			return Optional.empty();
		}
		String name = Normalizer.normalize(originalName, Normalizer.Form.NFC);
		// drop every directory: both separators count, whatever the client's platform
		int lastSeparator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(lastSeparator + 1);
		StringBuilder clean = new StringBuilder(name.length());
		name.codePoints().forEach(cp -> {
			if (Character.isISOControl(cp) || isInvisibleFormatting(cp)) {
				return;
			}
			if (FORBIDDEN.indexOf(cp) >= 0) {
				clean.append('_');
			}
			else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
				clean.append(' ');
			}
			else {
				clean.appendCodePoint(cp);
			}
		});
		String result = trimDotsAndSpaces(clean.toString().replaceAll(" {2,}", " "));
		result = limit(result);
		return result.isEmpty() ? Optional.empty() : Optional.of(result);
	}

	/** The lower-case extension of a sanitised name ("" when it has none). */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		if (dot <= 0 || dot == name.length() - 1) {
			return "";
		}
		return name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean isInvisibleFormatting(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
				|| type == Character.SURROGATE || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

	private static String trimDotsAndSpaces(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
			start++;
		}
		while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
			end--;
		}
		return name.substring(start, end);
	}

	/** Cuts the base name (by code points, never inside a surrogate pair) so that base + extension fit. */
	private static String limit(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		String extension = extension(name);
		String suffix = !extension.isEmpty() && extension.length() <= MAX_EXTENSION_LENGTH
				? name.substring(name.lastIndexOf('.')) : "";
		String base = name.substring(0, name.length() - suffix.length());
		int keep = MAX_LENGTH - suffix.codePointCount(0, suffix.length());
		String cut = base.substring(0, base.offsetByCodePoints(0, keep));
		return trimDotsAndSpaces(trimDotsAndSpaces(cut) + suffix);
	}
}
