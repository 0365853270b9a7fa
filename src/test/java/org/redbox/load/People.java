package org.redbox.load;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes up the people who write in: residents of Exampleton with UK-style addresses and
 * postcodes, some without email (they write letters), a few who prefer Welsh, some vulnerable;
 * and the MPs, councillors and journalists who write on others' behalf.
 */
final class People {

	static final List<String> STREETS = List.of("Mill Lane", "Church Street", "Station Road", "High Street",
			"Victoria Road", "Larkfield Avenue", "Queens Drive", "Meadow Way", "Canal Side", "Park Terrace",
			"Heol y Felin", "Ashgrove Close", "Brunswick Square", "Northgate", "Riverside Walk", "Albert Road",
			"Orchard Rise", "Copper Beech Court", "Foundry Street", "Windmill Hill");

	private static final List<String> FIRST = List.of("Sarah", "Mohammed", "Emily", "James", "Aisha", "Oliver",
			"Grace", "Daniel", "Fatima", "Thomas", "Chloe", "Joseph", "Amelia", "Harry", "Priya", "George", "Olivia",
			"Jack", "Zara", "William", "Sophie", "Kwame", "Hannah", "Liam", "Megan", "Rhys", "Siobhan", "Tomasz",
			"Anika", "Patrick", "Margaret", "Dylan", "Carys", "Ifan", "Nia", "Ahmed", "Lucy", "Connor", "Ruth", "Samuel");
	private static final List<String> LAST = List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies",
			"Evans", "Wilson", "Thomas", "Roberts", "Khan", "Patel", "Ali", "Hughes", "Edwards", "Green", "Hall",
			"Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott", "Cooper",
			"Morris", "Ward", "Begum", "Nowak", "Okafor", "O'Brien", "Murphy", "Price", "Rees", "Morgan", "Owen", "Kaur");
	private static final List<String> WELSH_FIRST = List.of("Rhian", "Gwenllian", "Iolo", "Eleri", "Dafydd", "Bethan",
			"Gethin", "Angharad", "Llinos", "Owain");
	private static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net", "mail.example");
	private static final List<String> NEWSPAPERS = List.of("Exampleton Evening Post", "Exampleton Gazette",
			"Radio Exampleton", "The County Courier", "Exampleton Live");
	private static final List<String> POSTCODE_SECTORS = List.of("EX1", "EX2", "EX3", "EX4", "EX5", "EX6", "EX7", "EX8");
	private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

	private final SplittableRandom random;
	private int sequence;

	People(SplittableRandom random) {
		this.random = random;
	}

	Correspondent resident() {
		boolean welsh = random.nextInt(100) < 3;
		String name = pick(welsh ? WELSH_FIRST : FIRST) + " " + pick(LAST);
		boolean hasEmail = random.nextInt(100) < 75;
		return new Correspondent("RESIDENT", name, null, hasEmail ? email(name) : null, phone(random.nextInt(100) < 40),
				street(), "Exampleton", postcode(), welsh ? "WELSH" : "ENGLISH", random.nextInt(100) < 4,
				random.nextInt(100) < 80);
	}

	Correspondent mp(int n) {
		String name = pick(FIRST) + " " + pick(LAST) + " MP";
		return new Correspondent("MP", name, "House of Commons", email(name.replace(" MP", "")).replaceAll("@.*",
				".mp" + n + "@parliament.example"), "020 7946 " + fourDigits(), "House of Commons", "London",
				"SW1A 0AA", "ENGLISH", false, true);
	}

	Correspondent councillor(int n) {
		String name = "Cllr " + pick(FIRST) + " " + pick(LAST);
		return new Correspondent("COUNCILLOR", name, "Exampleton Borough Council",
				"cllr" + n + "." + name.substring(5).toLowerCase().replaceAll("[^a-z]", "") + "@exampleton.gov.uk",
				phone(true), null, null, null, "ENGLISH", false, true);
	}

	Correspondent journalist(int n) {
		String paper = NEWSPAPERS.get(n % NEWSPAPERS.size());
		return new Correspondent("PRESS", pick(FIRST) + " " + pick(LAST), paper,
				"newsdesk" + n + "@" + paper.toLowerCase().replaceAll("[^a-z]", "") + ".example", phone(true), null, null,
				null, "ENGLISH", false, false);
	}

	String street() {
		return (1 + random.nextInt(180)) + " " + pick(STREETS);
	}

	private String email(String name) {
		String local = name.toLowerCase().replaceAll("[^a-z ]", "").replace(' ', '.');
		return local + (++sequence) + "@" + pick(DOMAINS);
	}

	private String postcode() {
		return pick(POSTCODE_SECTORS) + " " + random.nextInt(10) + POSTCODE_LETTERS.charAt(random.nextInt(20))
				+ POSTCODE_LETTERS.charAt(random.nextInt(20));
	}

	private String phone(boolean has) {
		return has ? "01632 960 " + fourDigits().substring(1) : null;
	}

	private String fourDigits() {
		return String.format("%04d", random.nextInt(10000));
	}

	private String pick(List<String> list) {
		return list.get(random.nextInt(list.size()));
	}
}
