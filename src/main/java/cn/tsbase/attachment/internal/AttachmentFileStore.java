package cn.tsbase.attachment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The encrypted files, under generated names ({@code <dir>/<first two characters>/<uuid>}): never a user's file name,
 * never under the web root. A file appears under its final name only once completely written.
 */
final class AttachmentFileStore {

	private static final Logger log = LoggerFactory.getLogger(AttachmentFileStore.class);

	/** Writes the content of one file. */
	interface Writer {

		void write(OutputStream out) throws IOException;
	}

	private final Path root;

	AttachmentFileStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.root);
		}
		catch (IOException e) {
			throw new UncheckedIOException("tsbase.attachments.dir " + this.root + " cannot be created", e);
		}
		if (!Files.isWritable(this.root)) {
			throw new IllegalStateException("tsbase.attachments.dir " + this.root + " is not writable");
		}
	}

	Path root() {
		return root;
	}

	Path path(UUID storageName) {
		String name = storageName.toString();
		return root.resolve(name.substring(0, 2)).resolve(name);
	}

	/** Writes the file through a temporary name and moves it into place; nothing is left behind on failure. */
	void write(UUID storageName, Writer writer) throws IOException {
		Path target = path(storageName);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling(storageName + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				writer.write(out);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	InputStream open(UUID storageName) throws IOException {
		try {
			return Files.newInputStream(path(storageName));
		}
		catch (NoSuchFileException e) {
			throw new IntegrityException("the stored file " + storageName + " is missing");
		}
	}

	void delete(UUID storageName) {
		try {
			Files.deleteIfExists(path(storageName));
		}
		catch (IOException e) {
			log.warn("Attachment file {} could not be deleted: {}", storageName, e.toString());
		}
	}
}
