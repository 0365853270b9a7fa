package org.redbox.contacts.internal;

import java.util.List;

import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.contacts.LanguagePreference;
import org.redbox.contacts.PostalAddress;
import org.redbox.directory.DirectoryManagement;
import org.redbox.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a demo installation with no contacts yet, gives the Office of the Mayor (code MAY) people
 * who write to it: a resident writing in Welsh, an MP, a councillor, a journalist, a vulnerable
 * resident and a tenants' association. Runs after the directory has made the demo offices, and
 * before start-up work without an order (such as demo cases, which need these contacts).
 */
@Component
@Order(0)
class DemoContacts implements ApplicationRunner {

	static final String DEMO_OFFICE = "MAY";

	private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);

	private final DirectoryManagement directory;
	private final ContactManagement management;
	private final Contacts contacts;

	DemoContacts(DirectoryManagement directory, ContactManagement management, Contacts contacts) {
		this.directory = directory;
		this.management = management;
		this.contacts = contacts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!directory.isDemo() || contacts.count() > 0) {
			return;
		}
		directory.offices().stream().filter(office -> office.code().equals(DEMO_OFFICE)).findFirst().ifPresent(mayor -> {
			demoContacts().forEach(details -> management.register(Actor.system(), mayor.id(), details));
			log.info("Created {} demo contacts for {}", demoContacts().size(), mayor.name());
		});
	}

	static List<ContactDetails> demoContacts() {
		return List.of(
				new ContactDetails("Rhian Prys", ContactType.RESIDENT, null, "rhian.prys@example.com", null,
						new PostalAddress("14 Heol y Felin", null, "Exampleton", "EX4 2QT"), LanguagePreference.WELSH,
						false, true),
				new ContactDetails("Daniel Okafor MP", ContactType.MP, "House of Commons",
						"daniel.okafor.mp@parliament.example", "020 7946 0018",
						new PostalAddress("House of Commons", null, "London", "SW1A 0AA"), LanguagePreference.ENGLISH,
						false, true),
				new ContactDetails("Cllr Megan Ashworth", ContactType.COUNCILLOR, "Exampleton Borough Council",
						"cllr.ashworth@exampleton.gov.uk", "01632 960 102", null, LanguagePreference.ENGLISH, false, true),
				new ContactDetails("Tom Reyes", ContactType.PRESS, "Exampleton Evening Post", "newsdesk@eveningpost.example",
						"01632 960 214", null, LanguagePreference.ENGLISH, false, false),
				new ContactDetails("Margaret Blythe", ContactType.RESIDENT, null, null, "01632 960 587",
						new PostalAddress("Flat 3, Larkfield House", "Mill Lane", "Exampleton", "EX2 7LB"),
						LanguagePreference.ENGLISH, true, false),
				new ContactDetails("Exampleton Tenants' Association", ContactType.ORGANISATION,
						"Exampleton Tenants' Association", "secretary@tenants.example", null,
						new PostalAddress("The Old Library", "Church Street", "Exampleton", "EX1 3BD"),
						LanguagePreference.ENGLISH, false, true));
	}
}
