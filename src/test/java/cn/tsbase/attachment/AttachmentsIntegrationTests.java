package cn.tsbase.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.IntegrationTest;
import cn.tsbase.shared.NotFoundException;

@IntegrationTest
class AttachmentsIntegrationTests {

	private static final AtomicLong OWNERS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Value("${tsbase.attachments.dir}")
	Path storeDir;

	@Value("${tsbase.attachments.temp-dir}")
	Path spoolDir;

	/** A unique owner per test: tests share the database. */
	private static long owner() {
		return OWNERS.incrementAndGet();
	}

	private static byte[] copy(Attachments attachments, long id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		attachments.copyTo(id, out);
		return out.toByteArray();
	}

	private StoredAttachment store(long owner, String name, byte[] content) {
		return attachments.store("test-owner", owner, "evidence", name, new ByteArrayInputStream(content), "uploader1");
	}

	private Path storedFile(long attachmentId) throws IOException {
		UUID storageName = jdbc.queryForObject("select storage_name from attachment where id = ?", UUID.class,
				attachmentId);
		try (Stream<Path> files = Files.walk(storeDir)) {
			return files.filter(p -> p.getFileName().toString().equals(storageName.toString()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no file for " + storageName));
		}
	}

	private long filesIn(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	@Test
	void storesListsDownloadsAndDeletesWithAnAuditTrail() throws Exception {
		long owner = owner();
		String marker = "TSBASE-PLAINTEXT-" + UUID.randomUUID();
		byte[] pdf = SampleFiles.pdf(marker);
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains(marker);

		StoredAttachment first = store(owner, "商业秘密管理制度.pdf", pdf);
		StoredAttachment second = store(owner, "C:\\Users\\张三\\涉密人员名单.xlsx", SampleFiles.xlsx(marker));

		assertThat(first.ownerType()).isEqualTo("test-owner");
		assertThat(first.ownerId()).isEqualTo(owner);
		assertThat(first.slot()).isEqualTo("evidence");
		assertThat(first.originalName()).isEqualTo("商业秘密管理制度.pdf");
		assertThat(first.contentType()).isEqualTo("application/pdf");
		assertThat(first.size()).isEqualTo(pdf.length);
		assertThat(first.sha256()).isEqualTo(sha256(pdf));
		assertThat(first.uploadedBy()).isEqualTo("uploader1");
		assertThat(first.uploadedAt()).isNotNull();
		assertThat(second.originalName()).isEqualTo("涉密人员名单.xlsx");
		assertThat(second.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		assertThat(attachments.list("test-owner", owner)).containsExactly(first, second);
		assertThat(attachments.list("other-owner", owner)).isEmpty();
		assertThat(attachments.find(first.id())).contains(first);

		assertThat(copy(attachments, first.id())).isEqualTo(pdf);

		// neither the file store nor the row holds the plaintext
		Path file = storedFile(first.id());
		byte[] onDisk = Files.readAllBytes(file);
		assertThat(onDisk).hasSize(pdf.length + 16);
		assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain(marker).doesNotContain("%PDF");
		assertThat(file.getFileName().toString()).doesNotContain("商业秘密").doesNotEndWith(".pdf");
		assertThat(file.toAbsolutePath().normalize()).startsWith(storeDir.toAbsolutePath().normalize());
		Map<String, Object> row = jdbc.queryForMap("select * from attachment where id = ?", first.id());
		assertThat((byte[]) row.get("wrapped_key")).hasSize(44);
		assertThat((byte[]) row.get("iv")).hasSize(12);
		assertThat(row.values().stream().map(String::valueOf)).noneMatch(v -> v.contains(marker));

		attachments.delete(first.id(), "deleter1");

		assertThat(attachments.find(first.id())).isEmpty();
		assertThat(file).doesNotExist();
		assertThat(attachments.list("test-owner", owner)).containsExactly(second);
		assertThatThrownBy(() -> copy(attachments, first.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> attachments.delete(first.id(), "deleter1")).isInstanceOf(NotFoundException.class);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForList("select event from audit_entry where object_type = 'Attachment' and "
					+ "object_id = ?", String.class, String.valueOf(first.id())).size() == 2);
		List<Map<String, Object>> audit = jdbc.queryForList("select actor, event, outcome from audit_entry "
				+ "where object_type = 'Attachment' and object_id = ? order by seq", String.valueOf(first.id()));
		assertThat(audit).extracting(r -> r.get("event")).containsExactly("ATTACHMENT_UPLOADED", "ATTACHMENT_DELETED");
		assertThat(audit).extracting(r -> r.get("actor")).containsExactly("uploader1", "deleter1");
		assertThat(audit).extracting(r -> r.get("outcome")).containsOnly("SUCCESS");
	}

	@Test
	void aTamperedFileIsNeverServed() throws Exception {
		byte[] png = SampleFiles.png();
		StoredAttachment stored = store(owner(), "印章.png", png);
		Path file = storedFile(stored.id());
		byte[] original = Files.readAllBytes(file);
		try {
			byte[] tampered = original.clone();
			tampered[tampered.length / 2] ^= 0x01;
			Files.write(file, tampered);

			ByteArrayOutputStream out = new ByteArrayOutputStream();
			assertThatThrownBy(() -> attachments.copyTo(stored.id(), out)).isInstanceOf(IllegalStateException.class);
			assertThat(out.size()).as("bytes released before the tag was checked").isZero();
		}
		finally {
			Files.write(file, original);
		}
		assertThat(copy(attachments, stored.id())).isEqualTo(png);
	}

	@Test
	void aTamperedKeyOrIvInTheDatabaseFails() {
		byte[] jpeg = SampleFiles.jpeg();
		StoredAttachment stored = store(owner(), "照片.jpg", jpeg);
		for (String column : new String[] { "wrapped_key", "iv" }) {
			byte[] original = jdbc.queryForObject("select " + column + " from attachment where id = ?", byte[].class,
					stored.id());
			byte[] tampered = original.clone();
			tampered[tampered.length - 1] ^= 0x01;
			jdbc.update("update attachment set " + column + " = ? where id = ?", tampered, stored.id());
			try {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				assertThatThrownBy(() -> attachments.copyTo(stored.id(), out))
					.isInstanceOf(IllegalStateException.class);
				assertThat(out.size()).isZero();
			}
			finally {
				jdbc.update("update attachment set " + column + " = ? where id = ?", original, stored.id());
			}
		}
		assertThat(copy(attachments, stored.id())).isEqualTo(jpeg);
	}

	@Test
	void aFileSwappedWithAnotherAttachmentsFileFails() throws Exception {
		long owner = owner();
		StoredAttachment a = store(owner, "a.png", SampleFiles.png());
		StoredAttachment b = store(owner, "b.png", SampleFiles.png());
		Path fileA = storedFile(a.id());
		byte[] originalA = Files.readAllBytes(fileA);
		try {
			Files.copy(storedFile(b.id()), fileA, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

			assertThatThrownBy(() -> copy(attachments, a.id())).isInstanceOf(IllegalStateException.class);
		}
		finally {
			Files.write(fileA, originalA);
		}
	}

	@Test
	void refusesWhatTheChecksRefuseAndLeavesNoTemporaryFiles() throws IOException {
		long owner = owner();
		long storedBefore = filesIn(storeDir);

		assertRejected(() -> store(owner, "setup.docx", SampleFiles.exe()), "attachment.rejected.mismatch");
		assertRejected(() -> store(owner, "page.jpg", SampleFiles.html()), "attachment.rejected.mismatch");
		assertRejected(() -> store(owner, "image.pdf", SampleFiles.png()), "attachment.rejected.mismatch");
		assertRejected(() -> store(owner, "empty.pdf", new byte[0]), "attachment.rejected.empty");
		assertRejected(() -> store(owner, "script.exe", SampleFiles.exe()), "attachment.rejected.type");
		assertRejected(() -> store(owner, "README", SampleFiles.pdf("x")), "attachment.rejected.noExtension");
		assertRejected(() -> store(owner, "../", SampleFiles.pdf("x")), "attachment.rejected.name");
		assertRejected(() -> store(owner, "bomb.docx", SampleFiles.zip(1001, 1)), "attachment.rejected.archive");
		long limit = 20L * 1024 * 1024;
		assertRejected(() -> attachments.store("test-owner", owner, "evidence", "huge.pdf", zeros(limit + 1),
				"uploader1"), "attachment.rejected.tooLarge");

		assertThat(attachments.list("test-owner", owner)).isEmpty();
		assertThat(filesIn(storeDir)).isEqualTo(storedBefore);
		assertThat(filesIn(spoolDir)).as("temporary upload files").isZero();

		store(owner, "ok.pdf", SampleFiles.pdf("x"));
		assertThat(filesIn(spoolDir)).as("temporary upload files").isZero();
	}

	@Test
	void theMessageOfATooLargeFileNamesTheLimit() {
		assertThatThrownBy(() -> attachments.store("test-owner", owner(), "evidence", "huge.pdf",
				zeros(20L * 1024 * 1024 + 1), "uploader1"))
			.isInstanceOfSatisfying(AttachmentRejectedException.class,
					e -> assertThat(e.arguments()).containsExactly("20 MB"));
		assertThatThrownBy(() -> store(owner(), "a.exe", SampleFiles.exe()))
			.isInstanceOfSatisfying(AttachmentRejectedException.class, e -> assertThat(e.arguments())
				.containsExactly("exe", "pdf, doc, docx, xls, xlsx, jpg, jpeg, png"));
	}

	@Test
	void aRolledBackCallerLeavesNeitherRowNorFile() throws IOException {
		long owner = owner();
		long storedBefore = filesIn(storeDir);

		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			store(owner, "draft.docx", SampleFiles.docx("草稿"));
			status.setRollbackOnly();
		});

		assertThat(attachments.list("test-owner", owner)).isEmpty();
		assertThat(filesIn(storeDir)).isEqualTo(storedBefore);
	}

	@Test
	void aRefusalDoesNotSpoilTheCallersTransaction() {
		long owner = owner();

		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			assertRejected(() -> store(owner, "fake.pdf", SampleFiles.html()), "attachment.rejected.mismatch");
			store(owner, "real.pdf", SampleFiles.pdf("x"));
		});

		assertThat(attachments.list("test-owner", owner)).extracting(StoredAttachment::originalName)
			.containsExactly("real.pdf");
	}

	@Test
	void downloadsAreAttachmentsUnderTheirUtf8NameAndNotCached() throws Exception {
		byte[] pdf = SampleFiles.pdf("download");
		StoredAttachment stored = store(owner(), "商业秘密管理制度.pdf", pdf);

		ResponseEntity<StreamingResponseBody> response = AttachmentDownloads.response(attachments, stored);

		HttpHeaders headers = response.getHeaders();
		String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment;")
			.contains("filename*=UTF-8''" + URLEncoder.encode("商业秘密管理制度.pdf", StandardCharsets.UTF_8))
			.doesNotContain("\r", "\n");
		assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("商业秘密管理制度.pdf");
		assertThat(ContentDisposition.parse(disposition).isAttachment()).isTrue();
		assertThat(headers.getCacheControl()).isEqualTo("no-store");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
		assertThat(headers.getContentLength()).isEqualTo(pdf.length);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		response.getBody().writeTo(body);
		assertThat(body.toByteArray()).isEqualTo(pdf);
	}

	@Test
	void aNameWithPathAndLineBreaksIsServedSafely() {
		StoredAttachment stored = store(owner(), "..\\..\\x\r\nSet-Cookie: a=b.pdf", SampleFiles.pdf("x"));

		String disposition = AttachmentDownloads.response(attachments, stored)
			.getHeaders()
			.getFirst(HttpHeaders.CONTENT_DISPOSITION);

		assertThat(stored.originalName()).isEqualTo("xSet-Cookie_ a=b.pdf");
		assertThat(disposition).doesNotContain("\r", "\n", "..", "\\");
	}

	private static InputStream zeros(long length) {
		return new InputStream() {
			long left = length;

			@Override
			public int read() {
				return left-- > 0 ? 0 : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (left <= 0) {
					return -1;
				}
				int n = (int) Math.min(len, left);
				java.util.Arrays.fill(b, off, off + n, (byte) 0);
				left -= n;
				return n;
			}
		};
	}

	private static void assertRejected(Runnable upload, String messageKey) {
		assertThatThrownBy(upload::run).isInstanceOfSatisfying(AttachmentRejectedException.class,
				e -> assertThat(e.messageKey()).isEqualTo(messageKey));
	}
}
