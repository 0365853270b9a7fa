package org.redbox.load;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes a letter on a topic: a subject line and one to four paragraphs, in a resident's voice. */
final class LetterWriter {

	/** A letter's subject and text, and the topic it is about. */
	record Letter(LetterTopic topic, String subject, String text) {
	}

	private static final List<String> OPENINGS = List.of("I am writing to ask for your help.",
			"I have lived in Exampleton for %d years and have never written to the Mayor before.",
			"I am writing on behalf of the residents of our street.", "I am writing again because my last email went unanswered.",
			"I attended your public meeting last month and you asked residents to write in.");
	private static final List<String> CLOSINGS = List.of("I would be grateful for a reply as soon as possible.",
			"Please could someone from your office look into this and let me know what will be done.",
			"I look forward to hearing from you.", "I have copied this letter to my local councillor.",
			"I hope you will treat this as urgent.");
	private static final List<String> ON_BEHALF = List.of("I am writing on behalf of my constituent, who has asked for my help.",
			"A resident of my ward has raised the following with me.", "I would be grateful for your comments on the following.");

	private final SplittableRandom random;

	LetterWriter(SplittableRandom random) {
		this.random = random;
	}

	Letter write(LetterTopic topic, Correspondent from) {
		String subject = fill(pick(topic.subjects()));
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("Dear Mayor,");
		int count = 1 + random.nextInt(4);
		List<String> pool = new ArrayList<>(topic.sentences());
		for (int p = 0; p < count; p++) {
			StringBuilder paragraph = new StringBuilder(p == 0 ? opening(from) : "");
			int sentences = 1 + random.nextInt(3);
			for (int s = 0; s < sentences && !pool.isEmpty(); s++) {
				paragraph.append(paragraph.isEmpty() ? "" : " ").append(fill(pool.remove(random.nextInt(pool.size()))));
			}
			paragraphs.add(paragraph.toString());
		}
		paragraphs.add(pick(CLOSINGS));
		paragraphs.add("Yours sincerely,\n" + from.name());
		return new Letter(topic, subject, String.join("\n\n", paragraphs));
	}

	private String opening(Correspondent from) {
		return fill(pick(from.isElectedRepresentative() ? ON_BEHALF : OPENINGS));
	}

	private String fill(String template) {
		String text = template;
		if (text.contains("%d/%04d")) {
			text = text.replace("%d/%04d", (20 + random.nextInt(7)) + "/" + String.format("%04d", random.nextInt(10000)));
		}
		text = text.replace("%d", Integer.toString(2 + random.nextInt(60)));
		return text.replace("%s", pick(People.STREETS));
	}

	private String pick(List<String> list) {
		return list.get(random.nextInt(list.size()));
	}
}
