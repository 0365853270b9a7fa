package org.redbox.correspondence;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * The merge fields a letter template may use, written {@code {{reference}}}. Any other
 * {@code {{…}}} is refused when the template is saved, so a misspelt field never reaches a
 * correspondent. Values are escaped as HTML; dates are written in the letter's language.
 */
public final class MergeFields {

	/** Where the chosen standard lines go; a template without it gets them at the end. */
	public static final String STANDARD_LINES = "standard.lines";

	private static final Pattern FIELD = Pattern.compile("\\{\\{(.*?)}}");

	private static final Map<String, Function<LetterContext, String>> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("correspondent.name", c -> escape(c.correspondentName()));
		FIELDS.put("correspondent.address", c -> String.join("<br>", c.addressLines().stream().map(MergeFields::escape).toList()));
		FIELDS.put("reference", c -> escape(c.reference()));
		FIELDS.put("today", c -> date(c, c.today()));
		FIELDS.put("received", c -> date(c, c.received()));
		FIELDS.put("officer", c -> escape(c.officer()));
		FIELDS.put("signature", c -> c.signatory() == null ? ""
				: "<strong>" + escape(c.signatory().name()) + "</strong><br>" + escape(c.signatory().post()));
		FIELDS.put(STANDARD_LINES, c -> String.join("\n", c.standardLines()));
	}

	private MergeFields() {
	}

	/** The names of the fields, in the order a page lists them. */
	public static List<String> names() {
		return List.copyOf(FIELDS.keySet());
	}

	/** The {@code {{…}}} fields in {@code body} that Redbox does not know, in order of appearance. */
	public static List<String> unknownIn(String body) {
		Matcher m = FIELD.matcher(body == null ? "" : body);
		return m.results().map(r -> r.group(1).strip()).filter(name -> !FIELDS.containsKey(name)).distinct().toList();
	}

	/**
	 * Replaces every field in {@code body} with its value for this letter.
	 *
	 * @throws IllegalArgumentException when {@code body} uses a field Redbox does not know
	 */
	public static String merge(String body, LetterContext context) {
		List<String> unknown = unknownIn(body);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(describeUnknown(unknown));
		}
		if (!context.standardLines().isEmpty() && !body.contains("{{" + STANDARD_LINES + "}}")) {
			body = body + "{{" + STANDARD_LINES + "}}";
		}
		return FIELD.matcher(body).replaceAll(r -> Matcher.quoteReplacement(FIELDS.get(r.group(1).strip()).apply(context)));
	}

	/** "Unknown merge field {{x}}: use one of …", for a page to show. */
	public static String describeUnknown(List<String> unknown) {
		return "Unknown merge field" + (unknown.size() == 1 ? " " : "s ")
				+ String.join(", ", unknown.stream().map(name -> "{{" + name + "}}").toList()) + ": use "
				+ String.join(", ", names().stream().map(name -> "{{" + name + "}}").toList());
	}

	private static String date(LetterContext c, java.time.LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", c.locale()).format(date);
	}

	private static String escape(String value) {
		return value == null ? "" : Entities.escape(value);
	}
}
