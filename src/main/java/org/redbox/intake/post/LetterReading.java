package org.redbox.intake.post;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text of a letter says of its writer, read by cheap rules a person would use: the first
 * email address, the first UK postcode with the address lines above it, the name under the
 * sign-off ("Yours sincerely"), and a "Re:" or "Subject:" line. A guess for staff to check, never
 * more: every part may be missing.
 */
public record LetterReading(String name, String email, String addressLine1, String addressLine2, String town,
		String postcode, String subject) {

	static final LetterReading NOTHING = new LetterReading(null, null, null, null, null, null, null);

	private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");
	private static final Pattern POSTCODE = Pattern
			.compile("\\b(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\\b");
	private static final Pattern SIGN_OFF = Pattern.compile(
			"(yours\\s+(sincerely|faithfully|truly)|kind\\s+regards|best\\s+wishes|with\\s+thanks|regards|many\\s+thanks)[,.!]?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern SUBJECT = Pattern.compile("^(?:re|subject|ref)\\s*:\\s*(.{3,150})$",
			Pattern.CASE_INSENSITIVE);
	private static final int NAME_LENGTH = 80;

	/** What {@code text} gives; nothing at all for a blank text. */
	public static LetterReading of(String text) {
		if (text == null || text.isBlank()) {
			return NOTHING;
		}
		List<String> lines = text.lines().map(String::strip).toList();
		Matcher email = EMAIL.matcher(text);
		Address address = address(lines);
		return new LetterReading(name(lines).orElse(null), email.find() ? email.group().toLowerCase(Locale.ROOT) : null,
				address.line1(), address.line2(), address.town(), address.postcode(), subject(lines).orElse(null));
	}

	private record Address(String line1, String line2, String town, String postcode) {
	}

	/** The first postcode, and up to three lines above it in the same block: line 1, line 2, town. */
	private static Address address(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			Matcher postcode = POSTCODE.matcher(lines.get(i).toUpperCase(Locale.ROOT));
			if (!postcode.find()) {
				continue;
			}
			String before = lines.get(i).substring(0, postcode.start()).replaceAll("[,\\s]+$", "");
			List<String> above = new java.util.ArrayList<>();
			for (int j = i - 1; j >= 0 && !lines.get(j).isEmpty() && above.size() < 3; j--) {
				above.add(0, lines.get(j).replaceAll(",$", ""));
			}
			if (!before.isEmpty()) {
				above.add(before);
			}
			List<String> block = above.size() > 3 ? above.subList(above.size() - 3, above.size()) : above;
			return switch (block.size()) {
				case 0 -> new Address(null, null, null, postcode.group(1));
				case 1 -> new Address(block.get(0), null, null, postcode.group(1));
				case 2 -> new Address(block.get(0), null, block.get(1), postcode.group(1));
				default -> new Address(block.get(0), block.get(1), block.get(2), postcode.group(1));
			};
		}
		return new Address(null, null, null, null);
	}

	/** The first line after the sign-off that reads as a name (not an email, phone or blank line). */
	private static Optional<String> name(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (SIGN_OFF.matcher(lines.get(i)).matches()) {
				return lines.subList(i + 1, lines.size()).stream().filter(l -> !l.isEmpty())
						.filter(l -> l.length() <= NAME_LENGTH && l.matches("[\\p{L} .'-]+")).findFirst();
			}
		}
		return Optional.empty();
	}

	private static Optional<String> subject(List<String> lines) {
		return lines.stream().map(SUBJECT::matcher).filter(Matcher::matches).map(m -> m.group(1).strip()).findFirst();
	}
}
