package org.redbox.intake.campaign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic stream of arriving letters labelled with the truth: copies of five campaign
 * letters, each dressed by its sender (greeting or none, an address above or below, a sign-off,
 * a few words changed, dropped or added, sometimes a sentence left out) and some with a
 * personal story added; and individual letters in residents' own words.
 */
final class CampaignMail {

	/**
	 * @param campaign 1–5 for a campaign copy, 0 for individual mail
	 * @param story whether the sender added a personal story (which should be flagged)
	 */
	record Letter(int number, int campaign, boolean story, String text) {
	}

	static final List<String> CAMPAIGNS = List.of(
			"""
			I am writing to urge you to stop the closure of Riverside Library. The library is used every day by \
			children doing their homework, by older people who come to read the newspapers and stay warm, and by job \
			seekers who have no computer at home. The consultation ran for only three weeks over the summer holidays \
			and most users never heard of it. Closing the library will save a small sum but will cost our community \
			far more. I ask you to withdraw the proposal, to publish the full figures behind it, and to meet the \
			Friends of Riverside Library before any decision is taken.""",
			"""
			I am writing about the proposed Clean Air Zone charge for older vans. I support cleaner air, but the \
			daily charge will fall hardest on small traders, carers and families who cannot afford to replace their \
			vehicle this year. The scrappage grants offered so far are too small and run out too quickly. Please \
			delay the charge by at least a year, increase the grants for sole traders and low income households, and \
			exempt vehicles used by unpaid carers. I would like to know what assessment has been made of the effect \
			on local businesses.""",
			"""
			Please save the number 42 bus. The operator plans to withdraw the service from the end of next month, \
			which would leave the villages of Upper Mill and Ashby with no public transport at all. Many of us do not \
			drive and rely on the 42 to reach the hospital, the shops and our jobs in town. Older residents would be \
			cut off from their doctors. I call on you to use the bus franchising powers to keep the route running, \
			and to guarantee at least an hourly service during the day and a late bus on weekdays.""",
			"""
			I object to the plan to build on the green belt at Larkfield Meadows. The meadows are home to skylarks, \
			bats and rare orchids, and they flood every winter, which is why houses have never been built there. The \
			roads around the site are already gridlocked at school times and the nearest surgery is not taking new \
			patients. There are brownfield sites in the town centre that should be used first. I ask you to remove \
			Larkfield Meadows from the local plan and to protect it as a green space for future generations.""",
			"""
			I am asking you to fund school crossing patrols at every primary school in the city. The council has \
			proposed to cut twenty patrols to save money, including the one outside St Mary's on Station Road where \
			cars regularly speed past at forty miles an hour. Children's safety should never be traded for a saving \
			in the budget. Please find the money to keep every patrol, install a proper zebra crossing where a patrol \
			cannot be recruited, and introduce twenty mile an hour limits around all schools.""");

	private static final List<String> STORIES = List.of(
			"My son has autism and the library is the only quiet place where he can do his homework after school.",
			"Last year my husband lost his job and he found his new one using the computers at the library.",
			"I am a self-employed plumber and my van is only eight years old, but I cannot borrow the money for a new one.",
			"I care for my mother, who has dementia, and I drive her to her appointments in my old diesel car three times a week.",
			"My daughter is seventeen and takes the 42 to college every morning because there is no other way to get there.",
			"I had a stroke two years ago and can no longer drive, so the bus is how I get to my physiotherapy.",
			"Our house backs onto the meadows and last winter the water came right up to our back door.",
			"I walk my dog there every morning and I have seen deer, owls and a kingfisher on the brook.",
			"Two years ago my nephew was knocked down outside the school and spent a week in hospital with a broken leg.",
			"I am a lollipop lady myself and I see drivers ignore the signs every single day.",
			"We moved here only last year and chose this street because of the school and the park nearby.",
			"I have been waiting eleven months for an answer from the council about this and nobody has replied to me.",
			"My wife uses a wheelchair and without the service we would be stuck at home for most of the week.",
			"I am seventy nine years old and I have lived in this city all my life and never written to a politician before.",
			"The pharmacy on our parade closed in the spring and now everything we need is a bus ride away.",
			"I work night shifts at the hospital and I often finish after midnight when there is nothing running at all.");

	private static final List<String> GREETINGS = List.of("Dear Mayor,", "Dear Mayor", "Dear Sir or Madam,", "Hello,",
			"Dear Mr Mayor,", "Dear Madam Mayor,", "To whom it may concern,", "Hi,", "Dear Mayor Thompson,", "Good morning,");
	private static final List<String> SIGN_OFFS = List.of("Yours sincerely,", "Yours faithfully,", "Kind regards,",
			"Best wishes,", "Regards,", "Thanks,", "Many thanks,", "Best regards,", "Yours,", "Thank you");
	private static final List<String> FIRST = List.of("Sarah", "Mohammed", "Emily", "James", "Aisha", "Oliver", "Grace",
			"Daniel", "Fatima", "Thomas", "Chloe", "Joseph", "Amelia", "Harry", "Priya", "George", "Olivia", "Kwame",
			"Rhian", "Dafydd", "Siobhan", "Tomasz", "Nia", "Ahmed", "Ruth", "Samuel", "Margaret", "Ifan");
	private static final List<String> LAST = List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
			"Khan", "Patel", "Ali", "Hughes", "Okafor", "O'Brien", "Murphy", "Price", "Rees", "Morgan", "Nowak", "Begum");
	private static final List<String> STREETS = List.of("Mill Lane", "Church Street", "Station Road", "High Street",
			"Victoria Road", "Larkfield Avenue", "Queens Drive", "Meadow Way", "Canal Side", "Park Terrace",
			"Ashgrove Close", "Brunswick Square", "Riverside Walk", "Albert Road", "Orchard Rise", "Foundry Street");
	private static final List<String> SWAPS = List.of("really", "very", "also", "please", "now", "urgently", "strongly",
			"all", "still", "truly");

	private static final List<String> TOPICS = List.of("the bins", "the streetlights", "the potholes", "the damp in my flat",
			"the noise from the pub", "the parking permits", "the school admissions", "the fly-tipping", "the tram fares",
			"my housing application", "the council tax bill", "the broken lift", "the closed public toilets",
			"the new cycle lane", "the planning application next door", "the state of the park", "anti-social behaviour",
			"my blue badge renewal", "the delayed repairs", "the late buses");
	private static final List<String> PROBLEMS = List.of("has not been sorted out despite %d phone calls",
			"has got much worse since %s", "is affecting my health and my sleep",
			"was reported to the council %d weeks ago and nothing has happened", "costs my family about £%d a month",
			"means my children cannot play outside safely", "was promised to be fixed by %s",
			"is the subject of a petition signed by %d neighbours", "is made worse by the contractor's delays",
			"has been raised with my councillor without result");
	private static final List<String> DETAILS = List.of("The officer I spoke to on %s told me to write to you directly.",
			"I have photographs going back to %s if they would help.", "My neighbour at number %d has the same problem.",
			"Our street has %d families with young children.", "I am disabled and cannot manage the steps since %s.",
			"The contractor came on %s but left without doing anything.", "My reference number is %d and it was closed without explanation.",
			"I pay my council tax in full and on time every month and expect better.", "It is now %d months since I first complained.",
			"I have attached the letter I received on %s.", "The website says the matter is resolved but it clearly is not.",
			"Several elderly residents on %s are too frightened to go out after dark.",
			"My %d year old son has asthma and the doctor says the flat is making it worse.",
			"I rang the contact centre on %s and waited %d minutes before the line went dead.",
			"A man from the council measured the area on %s and said he would report back within a fortnight.",
			"We have lived at this address for %d years and it has never been this bad.",
			"The same thing happened on %s and again the following week.",
			"My local councillor promised on %s to take it up but I have heard nothing since.",
			"I have kept a diary of every incident since %s, which now runs to %d pages.",
			"Our landlord blames the council and the council blames our landlord.",
			"I was told on %s that it was on a list, but nobody could tell me which list.",
			"It took %d emails before anyone even acknowledged the problem.",
			"The bus stop opposite number %d has had no shelter since %s.",
			"Children from the school on %s walk past it every morning.");
	private static final List<String> ASKS = List.of("Could you ask the right department to look at this?",
			"What will you do about it, and by when?", "Please can someone visit and see it for themselves.",
			"I would like a named person to contact me.", "Please explain why nothing has been done.",
			"Could you raise this with the cabinet member responsible?");
	private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December");

	private final SplittableRandom random;

	CampaignMail(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** {@code total} letters, {@code campaignShare} of them campaign copies, sized 40/25/17/10/8 %. */
	List<Letter> letters(int total, double campaignShare, double storyShare) {
		int copies = (int) Math.round(total * campaignShare);
		int[] sizes = { copies * 40 / 100, copies * 25 / 100, copies * 17 / 100, copies * 10 / 100, 0 };
		sizes[4] = copies - sizes[0] - sizes[1] - sizes[2] - sizes[3];
		List<int[]> plan = new ArrayList<>();
		for (int c = 0; c < sizes.length; c++) {
			for (int i = 0; i < sizes[c]; i++) {
				plan.add(new int[] { c + 1 });
			}
		}
		for (int i = copies; i < total; i++) {
			plan.add(new int[] { 0 });
		}
		Collections.shuffle(plan, new java.util.Random(random.nextLong()));
		List<Letter> letters = new ArrayList<>(total);
		for (int i = 0; i < plan.size(); i++) {
			int campaign = plan.get(i)[0];
			boolean story = campaign > 0 && random.nextDouble() < storyShare;
			letters.add(new Letter(i, campaign, story, campaign == 0 ? individual() : copy(campaign, story)));
		}
		return letters;
	}

	private String copy(int campaign, boolean story) {
		List<String> sentences = new ArrayList<>(List.of(CAMPAIGNS.get(campaign - 1).split("(?<=\\.) ")));
		int at = 1 + random.nextInt(sentences.size() - 1);
		if (random.nextDouble() < 0.15 && words(sentences.get(at)) * 8 <= words(String.join(" ", sentences))) {
			sentences.remove(at);
		}
		String body = edit(String.join(" ", sentences));
		if (story) {
			String personal = String.join(" ", pickSome(STORIES, 2 + random.nextInt(2)));
			body = random.nextBoolean() ? personal + "\n\n" + body : body + "\n\n" + personal;
		}
		return dress(body);
	}

	/**
	 * The letter with a word of this call's own after every second word, so that copies of it
	 * share no shingle with copies made before (integration tests on a PostgreSQL database that
	 * keeps earlier runs' letters).
	 */
	static String uniqueCopy(String letter) {
		String tag = "zq" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
		String[] words = letter.split(" ");
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			text.append(words[i]).append(i % 2 == 1 ? " " + tag + " " : " ");
		}
		return text.toString().strip();
	}

	private static int words(String text) {
		return text.split(" ").length;
	}

	/** Up to four small edits: a word dropped, added or changed. */
	private String edit(String text) {
		List<String> words = new ArrayList<>(List.of(text.split(" ")));
		int edits = random.nextInt(5);
		for (int e = 0; e < edits; e++) {
			int at = random.nextInt(words.size());
			switch (random.nextInt(3)) {
				case 0 -> words.remove(at);
				case 1 -> words.add(at, pick(SWAPS));
				default -> words.set(at, pick(SWAPS));
			}
		}
		return String.join(" ", words);
	}

	/**
	 * A resident's own letter, put together from short phrases (what, where, since when, who is
	 * affected, whom they told and what came of it, how they feel), so that two residents on the
	 * same subject share words but rarely whole sentences, as in real mail.
	 */
	private String individual() {
		List<String> sentences = new ArrayList<>();
		for (int i = 0; i < 3 + random.nextInt(4); i++) {
			sentences.add(switch (random.nextInt(4)) {
				case 0 -> pick(PERSONS) + " " + pick(EXPERIENCES) + " " + when() + ".";
				case 1 -> "I " + pick(CONTACTED) + " " + when() + " and " + pick(RESULTS) + ".";
				case 2 -> pick(FEELINGS) + " because " + pick(REASONS) + ".";
				default -> "It " + pick(STARTED) + " " + when() + ", and " + pick(PERSONS).toLowerCase() + " " + pick(EXPERIENCES) + ".";
			});
		}
		Collections.shuffle(sentences, new java.util.Random(random.nextLong()));
		sentences.add(0, pick(OPENERS) + " " + pick(TOPICS) + " " + pick(PLACES) + " " + pick(STREETS) + ", which "
				+ fill(pick(PROBLEMS)) + ".");
		sentences.add(pick(ASKS));
		return dress(String.join(" ", sentences));
	}

	private String when() {
		return switch (random.nextInt(4)) {
			case 0 -> "on " + random.nextInt(1, 29) + " " + pick(MONTHS);
			case 1 -> "in " + pick(MONTHS);
			case 2 -> (2 + random.nextInt(30)) + " " + pick(List.of("days", "weeks", "months")) + " ago";
			default -> "last " + pick(List.of("Monday", "Tuesday", "Friday", "weekend", "summer", "winter", "year"));
		};
	}

	private static final List<String> OPENERS = List.of("I am writing about", "I want to complain about",
			"I need your help with", "Can I raise", "I would like to draw your attention to", "I am fed up with",
			"Please could you look into", "I have a problem with", "Nobody at the council will deal with");
	private static final List<String> PLACES = List.of("on", "near", "behind", "opposite the shops on", "at the end of",
			"outside my house on", "around");
	private static final List<String> PERSONS = List.of("My neighbour", "My elderly mother", "The family next door",
			"A friend from church", "My son", "Our tenants' association", "My husband", "The lady across the road",
			"My grandchildren", "A carer who visits me", "The man at number twelve", "My daughter");
	private static final List<String> EXPERIENCES = List.of("fell over because of it", "had to take time off work",
			"has complained about it too", "was nearly hit by a car", "got soaked waiting", "has stopped going out",
			"lost a day's pay", "spent a night in hospital", "had to move out for a week", "gave up trying to report it",
			"was shouted at", "had her bag stolen", "could not get to an appointment", "ended up paying for it himself");
	private static final List<String> CONTACTED = List.of("phoned the council", "emailed the housing team",
			"spoke to my councillor", "wrote to the local paper", "reported it online", "went to the one stop shop",
			"filled in the form on the website", "rang the out of hours number", "asked at the library");
	private static final List<String> RESULTS = List.of("was told to wait", "nobody replied", "was passed between departments",
			"got an automatic reply", "was promised a visit that never came", "the case was closed without a word",
			"they said it was not their responsibility", "was given a reference number and nothing else",
			"was told it would take six months");
	private static final List<String> FEELINGS = List.of("It is really stressful", "This is unacceptable",
			"I feel completely ignored", "It makes me very angry", "We are at our wits' end", "Nobody seems to care",
			"I am losing sleep over it", "It is embarrassing for the city");
	private static final List<String> REASONS = List.of("we pay our council tax like everyone else",
			"it has gone on for so long", "children are at risk", "I am not well myself",
			"the council keeps making promises", "other areas get it sorted straight away",
			"I have done everything I was asked to", "it is getting worse every week", "my rent keeps going up",
			"we have nowhere else to go");
	private static final List<String> STARTED = List.of("started", "got worse", "was first reported", "flared up again",
			"began", "came back");

	/** Greeting, address and sign-off as a sender might write them. */
	private String dress(String body) {
		String name = pick(FIRST) + " " + pick(LAST);
		String address = (1 + random.nextInt(120)) + " " + pick(STREETS) + "\nExampleton\n" + postcode();
		StringBuilder letter = new StringBuilder();
		boolean addressAbove = random.nextInt(3) == 0;
		if (addressAbove) {
			letter.append(address).append("\n\n").append(1 + random.nextInt(28)).append(' ').append(pick(MONTHS))
					.append(" 2026\n\n");
		}
		if (random.nextInt(8) != 0) {
			letter.append(pick(GREETINGS)).append(random.nextInt(4) == 0 ? " " : "\n\n");
		}
		letter.append(body).append("\n\n").append(pick(SIGN_OFFS)).append('\n').append(name);
		if (!addressAbove) {
			letter.append('\n').append(address);
		}
		if (random.nextBoolean()) {
			letter.append('\n').append(name.toLowerCase().replace(' ', '.').replace("'", "")).append("@example.org");
		}
		if (random.nextInt(3) == 0) {
			letter.append("\nTel: 07700 900").append(String.format("%03d", random.nextInt(1000)));
		}
		return letter.toString();
	}

	private String postcode() {
		String letters = "ABDEFGHJLNPQRSTUWXYZ";
		return "EX" + (1 + random.nextInt(9)) + " " + random.nextInt(10) + letters.charAt(random.nextInt(letters.length()))
				+ letters.charAt(random.nextInt(letters.length()));
	}

	private String fill(String template) {
		String text = template.replace("%d", Integer.toString(2 + random.nextInt(90)));
		return text.replace("%s", random.nextBoolean() ? pick(STREETS) : random.nextInt(1, 29) + " " + pick(MONTHS));
	}

	private List<String> pickSome(List<String> list, int count) {
		List<String> pool = new ArrayList<>(list);
		List<String> chosen = new ArrayList<>();
		for (int i = 0; i < count && !pool.isEmpty(); i++) {
			chosen.add(pool.remove(random.nextInt(pool.size())));
		}
		return chosen;
	}

	private String pick(List<String> list) {
		return list.get(random.nextInt(list.size()));
	}
}
