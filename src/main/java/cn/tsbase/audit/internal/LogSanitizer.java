package cn.tsbase.audit.internal;

/**
 * Makes user-supplied text safe for the audit trail: control characters (CR, LF, the field separator of the chain)
 * become spaces, so input cannot forge lines or fields; over-long text is cut.
 */
final class LogSanitizer {

	private LogSanitizer() {
	}

	static String clean(String text, int maxLength) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength));
		text.codePoints().limit(maxLength).forEach(cp -> {
			if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
				out.append(' ');
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		String cleaned = out.toString();
		// a column is sized in characters; keep within it even when surrogate pairs made the text longer
		return cleaned.length() > maxLength ? cleaned.substring(0, maxLength) : cleaned;
	}
}
