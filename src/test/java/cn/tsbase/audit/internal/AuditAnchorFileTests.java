package cn.tsbase.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances append to one anchor file: every line stays whole, and verification reads the highest
 * checkpoint whatever order the lines landed in; a line signed with another key is not trusted.
 */
class AuditAnchorFileTests {

	private static final AuditKey KEY = new AuditKey("anchor-test-key-0123456789abcdef-0123");

	@TempDir
	Path directory;

	private static String tag(long seq) {
		return KEY.tag("entry " + seq);
	}

	@Test
	void twoInstancesAppendingAtOnceLeaveWholeLinesAndTheHighestCheckpointCounts() throws Exception {
		Path file = directory.resolve("shared/audit-anchor.log");
		AuditAnchor first = new AuditAnchor(file.toString(), KEY);
		AuditAnchor second = new AuditAnchor(file.toString(), KEY);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> writers = new ArrayList<>();
		try {
			for (int w = 0; w < 4; w++) {
				AuditAnchor instance = w % 2 == 0 ? first : second;
				int offset = w;
				writers.add(pool.submit(() -> {
					start.await();
					// each writer takes every fourth sequence number, from the top down: lines land out of order
					for (long seq = 200 - offset; seq > 0; seq -= 4) {
						instance.checkpoint(seq, tag(seq));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> writer : writers) {
				writer.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(Files.readAllLines(file)).hasSize(200)
			.allMatch(line -> line.matches("\\d+ [0-9a-f]{64} [0-9a-f]{64}"));
		AuditAnchor.Checkpoints checkpoints = first.checkpoints();
		assertThat(checkpoints.forgedLines()).isZero();
		assertThat(checkpoints.newest()).isEqualTo(200);
		assertThat(checkpoints.seqs()).isSorted().hasSize(200);
		assertThat(checkpoints.tags()[199]).isEqualTo(AuditAnchor.Checkpoints.prefix(tag(200)));
	}

	@Test
	void aCheckpointSignedWithAnotherKeyIsNotTrusted() {
		Path file = directory.resolve("audit-anchor.log");
		new AuditAnchor(file.toString(), KEY).checkpoint(5, tag(5));
		new AuditAnchor(file.toString(), new AuditKey("another-key-that-is-long-enough-0123456")).checkpoint(9, tag(9));

		AuditAnchor.Checkpoints checkpoints = new AuditAnchor(file.toString(), KEY).checkpoints();

		assertThat(checkpoints.newest()).isEqualTo(5);
		assertThat(checkpoints.forgedLines()).isEqualTo(1);
	}
}
