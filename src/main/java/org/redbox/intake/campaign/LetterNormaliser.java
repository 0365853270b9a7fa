package org.redbox.intake.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a letter to the words that say what it is about, so that two copies of a campaign
 * letter compare equal however each sender dressed it: the greeting ("Dear Mayor,"), anything
 * above it (the sender's address and the date), the sign-off and everything below it (name,
 * address, phone), quoted earlier mail, and any postcode, email address, web address or phone
 * number left in the body are removed; the rest is lower-cased words without punctuation.
 */
final class LetterNormaliser {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
	private static final Pattern GREETING = Pattern.compile(
			"^(dear|hello|hi|hey|good (morning|afternoon|evening)|to whom it may concern|greetings|annwyl|f'annwyl|a chara)\\b",
			FLAGS);
	/** Sign-offs that close a letter wherever they stand, also mid-line in a web form's one paragraph. */
	private static final Pattern STRONG_SIGN_OFF = Pattern.compile(
			"\\b(yours (sincerely|faithfully|truly)|(kind|best|warm|warmest|many) regards|best wishes|with thanks and regards"
					+ "|yn gywir|yr eiddoch yn gywir|cofion( cynnes| gorau)?)\\b",
			FLAGS);
	/** Words that close a letter only when they stand on a short line of their own. */
	private static final Pattern WEAK_SIGN_OFF = Pattern.compile(
			"^(regards|thanks|thank you|many thanks|thanks again|cheers|sincerely|respectfully|yours|all the best|diolch)\\b[^.?]{0,40}$",
			FLAGS);
	private static final Pattern SIGNATURE_MARK = Pattern.compile("^(--\\s*|__+|sent from my .*|get outlook for .*)$", FLAGS);
	private static final Pattern QUOTE_HEADER = Pattern.compile("^(on .{5,80} wrote:|-+ ?original message ?-+)$", FLAGS);
	private static final Pattern POSTCODE = Pattern.compile("\\b[a-z]{1,2}\\d[a-z\\d]?\\s*\\d[a-z]{2}\\b", FLAGS);
	private static final Pattern STREET_LINE = Pattern.compile("^(flat \\w+,?\\s*)?\\d+[a-z]?,?\\s+([\\p{L}'-]+\\s+){1,4}"
			+ "(road|street|lane|avenue|drive|way|close|court|terrace|square|rise|hill|walk|side|place|crescent|gardens"
			+ "|grove|park|row|mews|green|view|parade|heol|stryd|ffordd)\\b.{0,40}$", FLAGS);
	private static final Pattern NOISE = Pattern.compile(
			"[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|https?://\\S+|www\\.\\S+|(\\+44\\s?\\(?0?\\)?\\s?|\\b0)\\d[\\d ()-]{8,13}\\d\\b",
			FLAGS);
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
	private static final int SHORT_LINE_WORDS = 8;

	private LetterNormaliser() {
	}

	/** The letter's content words, in order. */
	static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<String> lines = bodyLines(text.replace("\r\n", "\n").replace('\r', '\n').split("\n"));
		List<String> words = new ArrayList<>();
		for (String line : lines) {
			if (POSTCODE.matcher(line).find() && wordCount(line) <= SHORT_LINE_WORDS || STREET_LINE.matcher(line).matches()) {
				continue;
			}
			String cleaned = POSTCODE.matcher(NOISE.matcher(line).replaceAll(" ")).replaceAll(" ");
			Matcher m = WORD.matcher(cleaned);
			while (m.find()) {
				words.add(m.group().toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""));
			}
		}
		return words;
	}

	/** The lines between the greeting and the sign-off, without quoted mail. */
	private static List<String> bodyLines(String[] raw) {
		List<String> lines = new ArrayList<>();
		for (String line : raw) {
			String l = line.strip();
			if (QUOTE_HEADER.matcher(l).matches() || SIGNATURE_MARK.matcher(l).matches()) {
				break;
			}
			if (!l.isEmpty() && !l.startsWith(">")) {
				lines.add(l);
			}
		}
		dropGreetingAndAbove(lines);
		cutAtSignOff(lines);
		return lines;
	}

	/** The greeting within the first lines: it goes, with the address and date above it, but not the text after it on its line. */
	private static void dropGreetingAndAbove(List<String> lines) {
		for (int i = 0; i < Math.min(lines.size(), 10); i++) {
			String line = lines.get(i);
			Matcher greeting = GREETING.matcher(line);
			if (greeting.find()) {
				String rest = afterGreeting(line);
				lines.subList(0, i + 1).clear();
				if (!rest.isBlank()) {
					lines.add(0, rest);
				}
				return;
			}
			if (wordCount(line) > SHORT_LINE_WORDS) {
				return;
			}
		}
	}

	/** "Dear Mayor, I am writing…" keeps "I am writing…"; "Dear Sir or Madam" keeps nothing. */
	private static String afterGreeting(String line) {
		Matcher end = Pattern.compile("[,:;!.—–]|\\s-\\s").matcher(line);
		if (end.find() && wordCount(line.substring(0, end.start())) <= 6) {
			return line.substring(end.end()).strip();
		}
		return wordCount(line) <= 6 ? "" : line;
	}

	private static void cutAtSignOff(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher strong = STRONG_SIGN_OFF.matcher(line);
			if (strong.find()) {
				lines.subList(i + 1, lines.size()).clear();
				lines.set(i, line.substring(0, strong.start()).strip());
				return;
			}
			if (i > 0 && wordCount(line) <= 6 && WEAK_SIGN_OFF.matcher(line).matches()) {
				lines.subList(i, lines.size()).clear();
				return;
			}
		}
	}

	private static int wordCount(String line) {
		int count = 0;
		Matcher m = WORD.matcher(line);
		while (m.find()) {
			count++;
		}
		return count;
	}
}
