package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.IncomingCorrespondence.Attachment;
import org.redbox.correspondence.IncomingCorrespondence.LoggedCase;
import org.redbox.correspondence.internal.CaseDocuments;
import org.redbox.correspondence.internal.CaseFiles;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.Role;
import org.redbox.shared.Actor;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The intake channels' way in: a case logged with its attachment, found again by reference, and a reply added to it. */
@IntegrationTest
class IncomingCorrespondenceIT {

	private static final Actor MAILBOX = Actor.anonymous("Mailbox mayor@exampleton.gov.uk");

	@Autowired
	IncomingCorrespondence incoming;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	CaseFiles cases;
	@Autowired
	CaseDocuments documents;
	@Autowired
	DemoOffices offices;
	@Autowired
	DemoStaff demo;
	@Autowired
	TransactionTemplate tx;
	@Autowired
	java.time.Clock clock;

	@Test
	void anItemIsLoggedWithItsAttachmentAndAReplyIsThreadedOntoIt() {
		OfficeSummary mayor = offices.mayor();
		var writer = contacts.findOrRegister(MAILBOX, mayor.id(), new ContactDetails("Nadia Okafor", ContactType.RESIDENT,
				null, "nadia.okafor@example.org", null, null, null, false, false));
		LocalDate today = LocalDate.now(clock);
		LoggedCase logged = incoming.log(MAILBOX,
				new NewCase(mayor.id(), CaseType.GENERAL, Channel.EMAIL, today, "Bus 42 no longer stops at Elm Road",
						"Since March the 42 has skipped Elm Road.", List.of(writer.id()), Set.of(), null, false, null),
				List.of(new Attachment("timetable.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))));

		assertThat(logged.reference()).startsWith("MAY-" + today.getYear() + "-");
		assertThat(logged.stage()).isEqualTo(Stage.TRIAGE);
		assertThat(logged.deadline()).isAfter(today);
		assertThat(incoming.findByReference(mayor.id(), logged.reference().toLowerCase())).contains(logged);
		OfficeSummary other = directory.offices().stream().filter(o -> !o.id().equals(mayor.id())).findFirst().orElseThrow();
		assertThat(incoming.findByReference(other.id(), logged.reference())).as("another office's reference").isEmpty();
		assertThat(incoming.findBySentMessageId("<never-sent@exampleton.gov.uk>")).isEmpty();

		incoming.addToCase(logged.id(), MAILBOX, Channel.EMAIL, "Re: Bus 42 no longer stops at Elm Road",
				"It still does not stop there.", List.of());

		var manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		assertThat(documents.of(manager, logged.id().value())).extracting(d -> d.filename())
				.contains("timetable.pdf").anyMatch(name -> name.startsWith("correspondence-") && name.endsWith(".txt"));
		List<String> timeline = tx.execute(s -> cases.findById(logged.id().value()).orElseThrow().timeline().stream()
				.map(TimelineEntry::summary).toList());
		assertThat(timeline).anyMatch(line -> line.equals("Further correspondence received (Email): Re: Bus 42 no longer stops at Elm Road"));
		assertThat(cases.findById(logged.id().value()).orElseThrow().stage()).as("the officer decides what a reply changes")
				.isEqualTo(Stage.TRIAGE);
	}
}
