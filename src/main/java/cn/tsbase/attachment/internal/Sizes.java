package cn.tsbase.attachment.internal;

/** File sizes as people read them in messages: "20 MB", "500 KB", "900 B". */
final class Sizes {

	private static final long KB = 1024;
	private static final long MB = KB * 1024;

	private Sizes() {
	}

	static String format(long bytes) {
		if (bytes >= MB && bytes % MB == 0) {
			return bytes / MB + " MB";
		}
		if (bytes >= MB) {
			return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) MB);
		}
		if (bytes >= KB) {
			return bytes / KB + " KB";
		}
		return bytes + " B";
	}
}
