package org.redbox.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;

import org.redbox.documents.DocumentSettings;
import org.springframework.stereotype.Component;

/**
 * A local folder of content-addressed files: a file is named by the SHA-256 of its bytes
 * ({@code ab/cd/abcd…}), so storing the same bytes twice keeps one copy and a stored file is
 * never overwritten with something else. A file is written to a temporary name in the same
 * folder tree, flushed to disk, then moved into place atomically: a crash leaves either no
 * file or the whole file, never half of one. A file whose database record was rolled back is
 * left behind unreferenced, which is harmless (the same bytes stored again reuse it).
 */
@Component
public class FileStore {

	private final Path root;

	FileStore(DocumentSettings settings) {
		this.root = settings.root().toAbsolutePath().normalize();
	}

	/** Stores {@code content} under its SHA-256 (which the caller computed) unless it is already there. */
	public void put(String sha256, byte[] content) {
		Path target = pathOf(sha256);
		if (Files.exists(target)) {
			return;
		}
		try {
			Path incoming = Files.createDirectories(root.resolve(".incoming"));
			Path temp = Files.createTempFile(incoming, sha256, ".part");
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(content));
				channel.force(true);
			}
			Files.createDirectories(target.getParent());
			moveIntoPlace(temp, target);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store a document under " + root, e);
		}
	}

	public byte[] get(String sha256) {
		try {
			return Files.readAllBytes(pathOf(sha256));
		}
		catch (IOException e) {
			throw new UncheckedIOException("A stored document is missing from " + root, e);
		}
	}

	private static void moveIntoPlace(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
			// another node stored the same bytes meanwhile, or the platform cannot replace atomically
			if (Files.exists(target)) {
				Files.deleteIfExists(temp);
			}
			else {
				throw e;
			}
		}
	}

	private Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}
}
