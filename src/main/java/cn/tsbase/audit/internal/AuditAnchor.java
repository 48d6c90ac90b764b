package cn.tsbase.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checkpoints of the chain head kept outside the database, so that a database writer cannot delete the newest entries
 * and rewind the head unseen. Each append adds a line {@code seq tag hmac} to an append-only file; the HMAC-SM3 (audit
 * key) covers the sequence number and the tag. Several instances append to the same file (a lock per write keeps the
 * lines whole); verification reads every correctly signed checkpoint, so the table must reach the highest one and
 * agree with each.
 */
@Component
public class AuditAnchor {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

	private static final String DOMAIN = "tsbase-audit-checkpoint\u001f";

	/**
	 * Every correctly signed checkpoint of the file, sorted by sequence number, with the first 64 bits of each tag
	 * (enough to compare, and 16 bytes a line in memory), and how many lines failed their signature.
	 */
	record Checkpoints(long[] seqs, long[] tags, long forgedLines) {

		long newest() {
			return seqs.length == 0 ? 0 : seqs[seqs.length - 1];
		}

		static long prefix(String tag) {
			return Long.parseUnsignedLong(tag.substring(0, 16), 16);
		}
	}

	private final Path file;
	private final AuditKey key;

	AuditAnchor(@Value("${tsbase.audit.anchor-file:${tsbase.data-dir:./data}/audit-anchor.log}") String file,
			AuditKey key) {
		this.file = Path.of(file).toAbsolutePath();
		this.key = key;
	}

	/** Where the checkpoints are kept. */
	public Path file() {
		return file;
	}

	boolean exists() {
		return Files.exists(file);
	}

	/**
	 * Appends a signed checkpoint of the head; the caller calls it only once the entry is committed. Writers in this
	 * JVM take turns (a file lock is held per JVM, not per thread or object); the file lock keeps other instances out.
	 */
	void checkpoint(long seq, String tag) {
		synchronized (AuditAnchor.class) {
			append(seq, tag);
		}
	}

	private void append(long seq, String tag) {
		String line = seq + " " + tag + " " + sign(seq, tag) + "\n";
		try {
			Path parent = file.getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
					StandardOpenOption.WRITE); var lock = channel.lock()) {
				ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(false);
			}
		}
		catch (IOException | RuntimeException e) {
			// the entry is committed; a lost checkpoint weakens the anchor but must not lose the entry
			log.error("Audit anchor: could not write checkpoint {} to {}", seq, file, e);
		}
	}

	/** The checkpoints in the file; lines that fail their signature are counted, not trusted. */
	Checkpoints checkpoints() {
		if (!Files.exists(file)) {
			return new Checkpoints(new long[0], new long[0], 0);
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Audit anchor: cannot read " + file, e);
		}
		long[][] parsed = new long[lines.size()][];
		int count = 0;
		long forged = 0;
		for (String line : lines) {
			long[] checkpoint = parse(line);
			if (checkpoint == null) {
				if (!line.isBlank()) {
					forged++;
				}
			}
			else if (checkpoint[0] > 0) {
				parsed[count++] = checkpoint;
			}
		}
		long[][] valid = Arrays.copyOf(parsed, count);
		// instances append concurrently, so lines are nearly but not strictly in order
		Arrays.sort(valid, Comparator.comparingLong(checkpoint -> checkpoint[0]));
		long[] seqs = new long[count];
		long[] tags = new long[count];
		for (int i = 0; i < count; i++) {
			seqs[i] = valid[i][0];
			tags[i] = valid[i][1];
		}
		return new Checkpoints(seqs, tags, forged);
	}

	private long[] parse(String line) {
		String[] parts = line.trim().split(" ");
		if (parts.length != 3 || parts[1].length() != 64) {
			return null;
		}
		try {
			long seq = Long.parseLong(parts[0]);
			if (!sign(seq, parts[1]).equals(parts[2])) {
				return null;
			}
			return new long[] { seq, Checkpoints.prefix(parts[1]) };
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private String sign(long seq, String tag) {
		return key.tag(DOMAIN + seq + "\u001f" + tag);
	}
}
