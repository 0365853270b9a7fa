package org.redbox.load;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON bodies the harness sends to the API: new cases written like the generator's letters,
 * and stage transitions.
 */
final class CaseRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final List<String> TYPES = List.of("GENERAL", "GENERAL", "MEMBER", "CASEWORK");

	private CaseRequests() {
	}

	/** {@code POST /api/cases}: a resident's letter to the Mayor's office, received today. */
	static String newCase(SplittableRandom random, LocalDate today) {
		var people = new People(random);
		var from = people.resident();
		var letter = new LetterWriter(random).write(LetterTopic.ALL.get(random.nextInt(LetterTopic.ALL.size())), from);
		var correspondent = new java.util.LinkedHashMap<String, Object>();
		correspondent.put("name", from.name());
		correspondent.put("email", from.email() == null ? "load." + random.nextInt(1_000_000) + "@example.com" : from.email());
		correspondent.put("address", from.address());
		var body = new java.util.LinkedHashMap<String, Object>();
		body.put("office", "MAY");
		body.put("type", TYPES.get(random.nextInt(TYPES.size())));
		body.put("channel", "EMAIL");
		body.put("receivedOn", today.toString());
		body.put("subject", letter.subject());
		body.put("text", letter.text());
		body.put("correspondent", correspondent);
		body.put("topics", List.of(letter.topic().topic()));
		body.put("marking", "OFFICIAL");
		body.put("descriptor", null);
		body.put("reputationalRisk", false);
		return JSON.writeValueAsString(body);
	}

	static String addNote(SplittableRandom random) {
		return JSON.writeValueAsString(java.util.Map.of("action", "add-note", "note",
				"Called the resident back (" + random.nextInt(10_000) + "); they will send photographs."));
	}

	static String completeTriage(SplittableRandom random) {
		return JSON.writeValueAsString(java.util.Map.of("action", "complete-triage", "topics",
				List.of(LetterTopic.ALL.get(random.nextInt(LetterTopic.ALL.size())).topic()), "reputationalRisk", false));
	}

	/** The {@code id} of the case JSON an answer holds. */
	static String idOf(String json) {
		return JSON.readTree(json).get("id").asString();
	}

	static JsonMapper json() {
		return JSON;
	}
}
