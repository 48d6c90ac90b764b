package cn.tsbase.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.SampleFiles;

class ArchiveInspectorTests {

	private static final int MAX_ENTRIES = 50;
	private static final long MAX_BYTES = 1024 * 1024;

	private final ArchiveInspector inspector = new ArchiveInspector(MAX_ENTRIES, MAX_BYTES);

	@TempDir
	Path dir;

	private Path file(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(dir, "archive", ".zip"), content);
	}

	private static String keyOf(Throwable e) {
		return ((AttachmentRejectedException) e).messageKey();
	}

	@Test
	void acceptsRealDocumentsUnderTheDefaultLimits() throws IOException {
		ArchiveInspector defaults = new ArchiveInspector(1000, 200L * 1024 * 1024);

		assertThatCode(() -> defaults.check(file(SampleFiles.docx("保密制度")))).doesNotThrowAnyException();
		assertThatCode(() -> defaults.check(file(SampleFiles.xlsx("涉密人员")))).doesNotThrowAnyException();
	}

	@Test
	void acceptsAnArchiveJustWithinTheLimits() throws IOException {
		Path file = file(SampleFiles.zip(MAX_ENTRIES, (int) (MAX_BYTES / MAX_ENTRIES)));

		assertThatCode(() -> inspector.check(file)).doesNotThrowAnyException();
	}

	@Test
	void refusesTooManyEntries() throws IOException {
		Path file = file(SampleFiles.zip(MAX_ENTRIES + 1, 10));

		assertThatThrownBy(() -> inspector.check(file)).isInstanceOf(AttachmentRejectedException.class)
			.satisfies(e -> assertThat(keyOf(e)).isEqualTo("attachment.rejected.archive"));
	}

	@Test
	void refusesAnArchiveThatInflatesBeyondTheLimit() throws IOException {
		byte[] bomb = SampleFiles.zip(1, (int) MAX_BYTES * 4);
		assertThat(bomb.length).isLessThan(10_000); // 4 MB of zeros packed into a few kilobytes

		Path file = file(bomb);

		assertThatThrownBy(() -> inspector.check(file)).isInstanceOf(AttachmentRejectedException.class)
			.satisfies(e -> assertThat(keyOf(e)).isEqualTo("attachment.rejected.archive"));
	}

	@Test
	void refusesABombSpreadOverManySmallEntries() throws IOException {
		Path file = file(SampleFiles.zip(MAX_ENTRIES, (int) (MAX_BYTES / MAX_ENTRIES) + 1024));

		assertThatThrownBy(() -> inspector.check(file)).isInstanceOf(AttachmentRejectedException.class)
			.satisfies(e -> assertThat(keyOf(e)).isEqualTo("attachment.rejected.archive"));
	}

	/** The central directory claims 10 bytes; inflating shows 4 MB. The declared sizes are not trusted. */
	@Test
	void refusesAnArchiveThatLiesAboutItsSize() throws IOException {
		byte[] zip = SampleFiles.zip(1, (int) MAX_BYTES * 4);
		int central = lastIndexOf(zip, new byte[] { 'P', 'K', 1, 2 });
		ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).putInt(central + 24, 10);

		Path file = file(zip);

		assertThatThrownBy(() -> inspector.check(file)).isInstanceOf(AttachmentRejectedException.class)
			.satisfies(e -> assertThat(keyOf(e)).isEqualTo("attachment.rejected.archive"));
	}

	@Test
	void refusesADamagedArchive() throws IOException {
		byte[] docx = SampleFiles.docx("x");
		Path file = file(Arrays.copyOf(docx, docx.length / 2));

		assertThatThrownBy(() -> inspector.check(file)).isInstanceOf(AttachmentRejectedException.class)
			.satisfies(e -> assertThat(keyOf(e)).isEqualTo("attachment.rejected.damaged"));
	}

	@Test
	void recognisesZipsByTheirFirstBytes() throws IOException {
		assertThat(ArchiveInspector.looksLikeZip(file(SampleFiles.docx("x")))).isTrue();
		assertThat(ArchiveInspector.looksLikeZip(file(SampleFiles.zip()))).isTrue();
		assertThat(ArchiveInspector.looksLikeZip(file(SampleFiles.pdf("x")))).isFalse();
		assertThat(ArchiveInspector.looksLikeZip(file(new byte[] { 'P', 'K' }))).isFalse();
	}

	private static int lastIndexOf(byte[] haystack, byte[] needle) {
		for (int i = haystack.length - needle.length; i >= 0; i--) {
			if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
				return i;
			}
		}
		throw new IllegalArgumentException("not found");
	}
}
