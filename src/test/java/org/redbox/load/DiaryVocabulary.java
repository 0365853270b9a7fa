package org.redbox.load;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What a Mayor's diary is made of, for {@link DiaryGenerator}: London places, the people the
 * Mayor meets, and the titles of engagements, meetings, holds, private time and standing series.
 */
final class DiaryVocabulary {

	static final List<String> PLACES = List.of("City Hall, Kamal Chunchie Way", "Mayor's office, City Hall",
			"Guildhall, Gresham Street", "Mansion House", "Portcullis House, Westminster", "Southwark Cathedral",
			"Royal Festival Hall, Southbank Centre", "Barbican Centre", "British Library, Euston Road",
			"Tate Modern, Bankside", "Somerset House, Strand", "Queen Elizabeth Olympic Park, Stratford",
			"ExCeL London, Royal Victoria Dock", "Alexandra Palace", "Brixton Library", "Peckham Library",
			"Lewisham Shopping Centre", "Croydon Town Hall", "Walthamstow Town Hall", "Hackney Town Hall",
			"Tower Hamlets Town Hall, Whitechapel", "Ealing Broadway station", "King's Cross station",
			"Paddington station", "Canary Wharf, One Canada Square", "St Thomas' Hospital", "Royal London Hospital",
			"New Scotland Yard", "London Fire Brigade HQ, Union Street", "Transport for London, Palestra",
			"University College London, Gower Street", "London School of Economics", "The Crystal, Royal Victoria Dock",
			"Woolwich Works", "Battersea Power Station", "Kew Gardens", "Hampstead Heath, Parliament Hill",
			"Finsbury Park Mosque", "West London Synagogue", "St Paul's Cathedral", "Camden Market",
			"Brent Civic Centre", "Harrow Civic Centre", "Bromley Civic Centre", "Greenwich Peninsula",
			"Elephant and Castle leisure centre", "Old Kent Road, Bricklayers Arms", "Tottenham Hotspur Stadium",
			"Wembley Stadium", "The Roundhouse, Chalk Farm");

	static final List<String[]> PEOPLE = List.of(new String[] { "Daniel Okafor MP", "Member of Parliament", "House of Commons" },
			new String[] { "Cllr Megan Ashworth", "Leader", "Southwark Council" },
			new String[] { "Cllr Tariq Hussain", "Cabinet member for housing", "Tower Hamlets Council" },
			new String[] { "Priya Raman", "Commissioner", "Transport for London" },
			new String[] { "Sir Anthony Blake", "Commissioner", "Metropolitan Police" },
			new String[] { "Andrea Cole", "Commissioner", "London Fire Brigade" },
			new String[] { "Dr Imogen Rees", "Director of public health", "NHS London" },
			new String[] { "Marcus Webb", "Chief executive", "London Chamber of Commerce" },
			new String[] { "Helen Zhou", "Chair", "London Tenants Federation" },
			new String[] { "Rev. Samuel Adeyemi", "Vicar", "St Giles, Camberwell" },
			new String[] { "Fatima Begum", "Head teacher", "Bow School" },
			new String[] { "Oliver Grant", "Political editor", "Evening Standard" },
			new String[] { "Lucy Hart", "Reporter", "BBC London" },
			new String[] { "Sam Taylor", "Head of office", "Office of the Mayor" },
			new String[] { "Ellis Jones", "Policy officer", "Office of the Mayor" },
			new String[] { "Rosa Martinez", "Deputy Mayor for Housing", "Office of the Mayor" },
			new String[] { "James Whitfield", "Deputy Mayor for Transport", "Office of the Mayor" },
			new String[] { "Aisha Mensah", "Director", "Shelter London" },
			new String[] { "Tom Edwards", "Regional secretary", "Unite London" },
			new String[] { "Nadia Petrova", "Consul general", "Embassy of Ukraine" });

	private static final List<String> ENGAGEMENTS = List.of("Opening of %s", "Speech at %s", "Visit to %s",
			"Walkabout at %s", "Award ceremony, %s", "Q&A with residents, %s", "Reception at %s", "Site visit: %s",
			"Launch event, %s", "Community iftar, %s", "Remembrance service, %s", "School assembly, %s",
			"Business breakfast, %s", "Press conference, %s", "Housing estate tour, %s");
	private static final List<String> MEETINGS = List.of("Meeting with %s", "Call with %s", "Bilateral with %s",
			"Briefing from %s", "Catch-up with %s", "Interview with %s", "Roundtable chaired with %s");
	private static final List<String> HOLDS = List.of("Hold: %s", "Hold (tbc): %s", "Possible: %s");
	private static final List<String> PRIVATE = List.of("Dentist", "GP appointment", "Family time", "School parents' evening",
			"Personal appointment", "Physiotherapy", "Lunch with a friend", "Gym");
	private static final List<String> PROTECTED = List.of("Reading and correspondence", "Speech preparation",
			"Thinking time", "Desk time: signing letters", "Constituency casework");
	private static final List<String> ALL_DAY = List.of("Constituency day", "Conference: London Councils summit",
			"Party conference", "Recess", "Annual leave", "Trade mission: Paris", "Trade mission: New York",
			"MIPIM, Cannes", "Budget day");

	/** The Mayor's standing meetings: title, place, rule (its until or count is added), length in minutes. */
	static final List<Object[]> SERIES = List.of(new Object[] { "Weekly briefing with the head of office", "Mayor's office, City Hall", "FREQ=WEEKLY;BYDAY=MO", 45 },
			new Object[] { "Cabinet", "City Hall, Kamal Chunchie Way", "FREQ=MONTHLY;BYDAY=1TU", 120 },
			new Object[] { "Mayor's Question Time", "City Hall, Kamal Chunchie Way", "FREQ=MONTHLY;BYDAY=3TH", 150 },
			new Object[] { "One-to-one with the Deputy Mayor for Housing", "Mayor's office, City Hall", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", 30 },
			new Object[] { "One-to-one with the Deputy Mayor for Transport", "Mayor's office, City Hall", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", 30 },
			new Object[] { "Policing board", "New Scotland Yard", "FREQ=MONTHLY;BYDAY=2WE", 90 },
			new Object[] { "Transport for London board", "Transport for London, Palestra", "FREQ=MONTHLY;BYDAY=-1TU", 120 },
			new Object[] { "Constituency surgery", "Brixton Library", "FREQ=MONTHLY;BYDAY=1SA", 180 },
			new Object[] { "Media planning", "Mayor's office, City Hall", "FREQ=WEEKLY;BYDAY=FR", 30 },
			new Object[] { "Diary meeting", "Mayor's office, City Hall", "FREQ=WEEKLY;BYDAY=TH", 60 },
			new Object[] { "Budget scrutiny", "City Hall, Kamal Chunchie Way", "FREQ=WEEKLY;BYDAY=TU", 60 },
			new Object[] { "Borough leaders' call", "Guildhall, Gresham Street", "FREQ=MONTHLY;BYMONTHDAY=15", 60 },
			new Object[] { "Gym", "Elephant and Castle leisure centre", "FREQ=WEEKLY;BYDAY=WE", 60 });

	private DiaryVocabulary() {
	}

	static String place(SplittableRandom random) {
		return pick(PLACES, random);
	}

	static String[] person(SplittableRandom random) {
		return pick(PEOPLE, random);
	}

	static String engagement(SplittableRandom random, String place) {
		return pick(ENGAGEMENTS, random).formatted(place.split(",")[0]);
	}

	static String meeting(SplittableRandom random, String[] person) {
		return pick(MEETINGS, random).formatted(person[0]);
	}

	static String hold(SplittableRandom random, String place) {
		return pick(HOLDS, random).formatted(engagement(random, place));
	}

	static String privateTime(SplittableRandom random) {
		return pick(PRIVATE, random);
	}

	static String protectedTime(SplittableRandom random) {
		return pick(PROTECTED, random);
	}

	static String allDay(SplittableRandom random) {
		return pick(ALL_DAY, random);
	}

	static <T> T pick(List<T> from, SplittableRandom random) {
		return from.get(random.nextInt(from.size()));
	}
}
