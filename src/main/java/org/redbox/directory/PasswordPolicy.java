package org.redbox.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NCSC password guidance: long enough (12 characters by default), not one of the passwords
 * attackers try first, and no composition rules. A common password followed by digits or
 * symbols ({@code password1234!}) counts as common.
 */
public final class PasswordPolicy {

	private final int minimumLength;
	private final Set<String> common;

	public PasswordPolicy(int minimumLength, Set<String> commonPasswords) {
		this.minimumLength = minimumLength;
		this.common = Set.copyOf(commonPasswords);
	}

	/** The policy with the bundled list of 30,000 common passwords. */
	public static PasswordPolicy withBundledList(int minimumLength) {
		return new PasswordPolicy(minimumLength, loadBundledList());
	}

	/** Why {@code candidate} may not be used, or empty when it may. */
	public Optional<String> problemWith(String candidate) {
		if (candidate == null || candidate.codePointCount(0, candidate.length()) < minimumLength) {
			return Optional.of("Password must be at least " + minimumLength + " characters long");
		}
		if (isCommon(candidate)) {
			return Optional.of("Password is too common: choose one that is harder to guess, such as three random words");
		}
		return Optional.empty();
	}

	private boolean isCommon(String candidate) {
		String lower = candidate.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || lower.chars().distinct().count() == 1) {
			return true;
		}
		// a common password with digits or symbols added: "password1234", "1234567890123"
		for (int end = lower.length() - 1; end >= 6; end--) {
			if (Character.isLetter(lower.charAt(end))) {
				return false;
			}
			if (common.contains(lower.substring(0, end))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> loadBundledList() {
		var words = new HashSet<String>();
		var stream = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
		if (stream == null) {
			throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
		}
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
					.forEach(l -> words.add(l.strip().toLowerCase(Locale.ROOT)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return words;
	}
}
