package org.redbox.correspondence.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.redbox.contacts.PostalAddress;
import org.redbox.shared.InvalidParameter;
import org.redbox.shared.SecurityMarking;

/** Reads the fields of an API request, each failure an {@link InvalidParameter} naming the field. */
final class Fields {

	private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}");

	private Fields() {
	}

	static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidParameter(field, "'" + field + "' is required");
		}
		return value.strip();
	}

	static String atMost(String field, String value, int length) {
		if (value != null && value.strip().length() > length) {
			throw new InvalidParameter(field, "'" + field + "' is longer than " + length + " characters");
		}
		return value;
	}

	/** An enum constant by its exact name, or a problem listing the names. */
	static <E extends Enum<E>> E oneOf(String field, Class<E> type, String value) {
		String name = required(field, value);
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidParameter(field, "'" + field + "' must be one of " + Arrays.stream(type.getEnumConstants())
					.map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

	static UUID id(String field, String value) {
		try {
			return UUID.fromString(required(field, value));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidParameter(field, "'" + field + "' must be an id (a UUID)");
		}
	}

	static LocalDate date(String field, String value, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidParameter(field, "'" + field + "' must be a date such as 2026-11-20");
		}
	}

	/** "OFFICIAL" or "OFFICIAL-SENSITIVE", with an optional descriptor; {@code otherwise} when no marking is given. */
	static SecurityMarking marking(String marking, String descriptor, SecurityMarking otherwise) {
		if (marking == null || marking.isBlank()) {
			return descriptor == null ? otherwise
					: new SecurityMarking(otherwise.classification(), oneOf("descriptor", SecurityMarking.Descriptor.class, descriptor));
		}
		var classification = switch (marking.strip()) {
			case "OFFICIAL" -> SecurityMarking.Classification.OFFICIAL;
			case "OFFICIAL-SENSITIVE", "OFFICIAL_SENSITIVE" -> SecurityMarking.Classification.OFFICIAL_SENSITIVE;
			default -> throw new InvalidParameter("marking", "'marking' must be OFFICIAL or OFFICIAL-SENSITIVE");
		};
		return new SecurityMarking(classification,
				descriptor == null || descriptor.isBlank() ? null : oneOf("descriptor", SecurityMarking.Descriptor.class, descriptor));
	}

	/** An address written on one line, parts separated by commas; a trailing postcode is recognised. */
	static PostalAddress address(String value) {
		if (value == null || value.isBlank()) {
			return PostalAddress.NONE;
		}
		var parts = Arrays.stream(value.split("[,\\n]")).map(String::strip).filter(p -> !p.isEmpty())
				.collect(Collectors.toCollection(java.util.ArrayList::new));
		String postcode = !parts.isEmpty() && POSTCODE.matcher(parts.get(parts.size() - 1)).matches()
				? parts.remove(parts.size() - 1) : null;
		String town = parts.size() > 1 ? parts.remove(parts.size() - 1) : null;
		String line1 = parts.isEmpty() ? null : parts.remove(0);
		String line2 = parts.isEmpty() ? null : String.join(", ", parts);
		return new PostalAddress(atMost("correspondent.address", line1, 200), atMost("correspondent.address", line2, 200),
				atMost("correspondent.address", town, 100), postcode);
	}
}
