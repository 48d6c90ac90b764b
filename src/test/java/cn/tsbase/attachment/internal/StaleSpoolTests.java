package cn.tsbase.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary upload files that a crash left behind are deleted at start-up; recent ones and other files are not. */
class StaleSpoolTests {

	@TempDir
	Path dir;

	@Test
	void deletesOnlyOldSpoolFiles() throws IOException {
		Instant now = Instant.parse("2026-11-26T10:00:00Z");
		Path old = Files.createTempFile(dir, AttachmentService.SPOOL_PREFIX, AttachmentService.SPOOL_SUFFIX);
		Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofHours(2))));
		Path recent = Files.createTempFile(dir, AttachmentService.SPOOL_PREFIX, AttachmentService.SPOOL_SUFFIX);
		Files.setLastModifiedTime(recent, FileTime.from(now.minus(Duration.ofMinutes(5))));
		Path unrelated = Files.createTempFile(dir, "other-", ".tmp");
		Files.setLastModifiedTime(unrelated, FileTime.from(now.minus(Duration.ofDays(2))));

		assertThat(AttachmentService.deleteStaleSpools(dir, now)).isEqualTo(1);

		assertThat(old).doesNotExist();
		assertThat(recent).exists();
		assertThat(unrelated).exists();
	}

	@Test
	void aMissingDirectoryIsNothingToClean() {
		assertThat(AttachmentService.deleteStaleSpools(dir.resolve("missing"), Instant.now())).isZero();
	}
}
