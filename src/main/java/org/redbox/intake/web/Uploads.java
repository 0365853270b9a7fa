package org.redbox.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.Tika;
import org.redbox.correspondence.IncomingCorrespondence.Attachment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files chosen in a form, checked before anything is kept: how many, how large, and what they
 * really are — the type is read from the bytes, never taken from the name or the browser.
 */
final class Uploads {

	private static final Tika TYPES = new Tika();
	private static final int NAME_LENGTH = 100;

	private Uploads() {
	}

	/** The files or the first problem with them, in words for the person who chose them. */
	record Checked(List<Attachment> files, String problem) {
	}

	/** Only the inputs where a file was chosen (an empty file input still sends a part). */
	static List<MultipartFile> chosen(List<MultipartFile> files) {
		return files == null ? List.of() : files.stream().filter(f -> f != null
				&& (!f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())).toList();
	}

	static Checked check(List<MultipartFile> files, int maxCount, DataSize maxSize, Set<String> types, String kinds) {
		List<MultipartFile> chosen = chosen(files);
		if (chosen.size() > maxCount) {
			return new Checked(List.of(), "Choose " + maxCount + (maxCount == 1 ? " file" : " files") + " or fewer");
		}
		List<Attachment> checked = new ArrayList<>();
		for (MultipartFile file : chosen) {
			String name = safeName(file.getOriginalFilename());
			if (file.isEmpty()) {
				return new Checked(List.of(), "The file " + name + " is empty");
			}
			if (file.getSize() > maxSize.toBytes()) {
				return new Checked(List.of(), "The file " + name + " must be smaller than " + maxSize.toMegabytes() + " MB");
			}
			byte[] content = bytes(file);
			String type = TYPES.detect(content, name);
			if (!types.contains(type)) {
				return new Checked(List.of(), "The file " + name + " must be a " + kinds);
			}
			checked.add(new Attachment(name, type, content));
		}
		return new Checked(List.copyOf(checked), null);
	}

	/** The name without any folder, control or path characters, and not too long. */
	static String safeName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return "file";
		}
		return name.length() <= NAME_LENGTH ? name : name.substring(name.length() - NAME_LENGTH);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
