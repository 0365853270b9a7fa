package org.redbox.diary.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * RFC 5545 content lines written as text: {@code NAME;PARAM=value:value}, each ended by CRLF and
 * folded so that no line is longer than 75 octets (a fold never splits a character). TEXT values
 * are escaped (backslash, semicolon, comma, line breaks); other control characters, which TEXT
 * may not hold, become spaces. Written by hand because ical4j's own writer escapes every value
 * with regular expressions and looks up the zone of every date: two thirds of a year's feed.
 */
final class ContentLines {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
	private static final int MOST_OCTETS = 75;

	private final StringBuilder text;
	private final StringBuilder line = new StringBuilder(128);

	ContentLines(int expectedChars) {
		this.text = new StringBuilder(expectedChars);
	}

	/** A line whose value is written as it is (a date, a rule, a number, a keyword). */
	ContentLines raw(String name, String value) {
		line.append(name).append(':').append(value);
		return end();
	}

	/** A line with one parameter, such as {@code DTSTART;TZID=Europe/London:20260105T090000}. */
	ContentLines raw(String name, String parameter, String value) {
		line.append(name).append(';').append(parameter).append(':').append(value);
		return end();
	}

	/** A line whose value is TEXT, escaped. */
	ContentLines text(String name, String value) {
		line.append(name).append(':');
		escape(value);
		return end();
	}

	/** A UTC date-time, such as DTSTAMP. */
	ContentLines utc(String name, Instant instant) {
		return raw(name, UTC.format(instant));
	}

	/** A local date-time in a zone, or a date when {@code allDay}. */
	ContentLines local(String name, LocalDateTime value, String zone, boolean allDay) {
		return allDay ? raw(name, "VALUE=DATE", DATE.format(value)) : raw(name, "TZID=" + zone, LOCAL.format(value));
	}

	/** Lines already written as RFC 5545 text, such as ical4j's VTIMEZONE, folded here if they are long. */
	ContentLines written(String lines) {
		for (String written : lines.split("\r\n")) {
			if (!written.isEmpty()) {
				line.append(written);
				end();
			}
		}
		return this;
	}

	/** Text already folded into content lines by this class, copied as it is. */
	ContentLines verbatim(String lines) {
		text.append(lines);
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	private void escape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\', ';', ',' -> line.append('\\').append(c);
				case '\r' -> {
					line.append("\\n");
					if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
						i++;
					}
				}
				case '\n' -> line.append("\\n");
				default -> line.append(c < ' ' && c != '\t' || c == 0x7f ? ' ' : c);
			}
		}
	}

	/** Ends the line being written, folding it after every 75 octets. */
	private ContentLines end() {
		int octets = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < line.length();
			int size = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3; // the character's length in UTF-8
			if (octets + size > MOST_OCTETS) {
				text.append("\r\n ");
				octets = 1;
			}
			text.append(c);
			if (pair) {
				text.append(line.charAt(++i));
			}
			octets += size;
		}
		text.append("\r\n");
		line.setLength(0);
		return this;
	}
}
