package org.redbox.intake.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.IncomingCorrespondence.LoggedCase;
import org.redbox.correspondence.NewCase;
import org.redbox.shared.Actor;
import org.redbox.support.DemoOffices;
import org.redbox.support.IntegrationTest;
import org.redbox.support.TestMailConfiguration;
import org.redbox.support.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Whoever writes in is told their reference and reply date, once, and machines are never answered. */
@IntegrationTest
@Import(TestMailConfiguration.class)
class AcknowledgementsIT {

	private static final Actor MAILBOX = Actor.anonymous("Mailbox correspondence@exampleton.gov.uk");

	@Autowired
	Acknowledgements acknowledgements;
	@Autowired
	AcknowledgementMailer mailer;
	@Autowired
	IncomingCorrespondence incoming;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DemoOffices offices;
	@Autowired
	TestMailbox mailbox;
	@Autowired
	Clock clock;
	@Autowired
	org.redbox.intake.phone.CallIntake calls;
	@Autowired
	org.redbox.intake.post.ScanReading scans;
	@Autowired
	org.redbox.intake.post.PostIntake post;
	@Autowired
	org.redbox.support.DemoStaff demo;

	@Test
	void theWriterIsToldTheirReferenceAndTheReplyDateOnceAndOnlyOnce() throws Exception {
		LoggedCase logged = logLetterFrom("Priya Shah", "priya.shah@example.org");

		var first = acknowledgements.request(logged, "Priya.Shah@example.org", "Priya Shah", Map.of(),
				"<original-1@mail.example.org>");
		var again = acknowledgements.request(logged, "priya.shah@example.org", "Priya Shah", Map.of(), null);
		mailer.sendPending();
		mailer.sendPending();

		assertThat(first.owed()).isTrue();
		assertThat(again.owed()).as("a second acknowledgement for the same case").isFalse();
		List<MimeMessage> received = mailbox.awaitTo("priya.shah@example.org", 1);
		assertThat(received).hasSize(1);
		MimeMessage ack = received.get(0);
		assertThat(ack.getSubject()).isEqualTo("We have received your message: " + logged.reference());
		String body = ack.getContent().toString();
		assertThat(body).contains("Dear Priya Shah", logged.reference(), "Office of the Mayor",
				"We aim to reply by " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
						.format(logged.deadline()));
		assertThat(ack.getHeader("Auto-Submitted")).containsExactly("auto-replied");
		assertThat(ack.getHeader("In-Reply-To")).containsExactly("<original-1@mail.example.org>");
	}

	@Test
	void anAutoResponderOrAMailingListIsNeverAnsweredSoNoLoopStarts() {
		LoggedCase logged = logLetterFrom("Out of office", "away@example.net");

		var outOfOffice = acknowledgements.request(logged, "away@example.net", null, Map.of("auto-submitted", "auto-replied"),
				null);
		var list = acknowledgements.request(logged, "away@example.net", null, Map.of("list-id", "<tenants.example.net>"),
				null);
		mailer.sendPending();

		assertThat(outOfOffice.owed()).isFalse();
		assertThat(outOfOffice.reason()).contains("Auto-Submitted");
		assertThat(list.owed()).isFalse();
		assertThat(mailbox.to("away@example.net")).isEmpty();
	}

	@Test
	void aCallerWhoGaveAnEmailAddressIsAcknowledgedAsIfTheyHadWrittenButANoReplyAddressIsNot() throws Exception {
		String email = "caller." + System.nanoTime() + "@example.org";
		var staff = demo.holding(org.redbox.directory.Role.CASEWORKER);

		LoggedCase called = calls.log(staff, call("Kofi Mensah", email));
		String noReply = "no-reply." + System.nanoTime() + "@example.org";
		calls.log(staff, call("Robot", noReply));
		while (mailer.sendPending() > 0) {
			// until every acknowledgement owed has gone
		}

		MimeMessage ack = mailbox.awaitTo(email, 1).get(0);
		assertThat(ack.getSubject()).isEqualTo("We have received your message: " + called.reference());
		assertThat(ack.getContent().toString()).contains("Dear Kofi Mensah");
		assertThat(mailbox.to(noReply)).isEmpty();
	}

	@Test
	void theWriterOfALetterLoggedFromItsScanIsAcknowledgedWhenTheyGaveAnEmailAddress() throws Exception {
		String email = "letter." + System.nanoTime() + "@example.org";
		var staff = demo.holding(org.redbox.directory.Role.CASEWORKER);
		var scan = scans.upload(staff, offices.mayor().id(), new IncomingCorrespondence.Attachment("letter.pdf",
				"application/pdf", org.redbox.intake.post.ScannedLetters.pdf("Dear Mayor,", "The bins were missed.")));

		LoggedCase logged = post.log(staff, scan.id(), new org.redbox.intake.post.LetterDetails("Ama Owusu", email, null,
				"Missed bins", CaseType.GENERAL, LocalDate.now(clock), "The bins were missed.", null));
		while (mailer.sendPending() > 0) {
			// until every acknowledgement owed has gone
		}

		assertThat(mailbox.awaitTo(email, 1).get(0).getSubject())
				.isEqualTo("We have received your message: " + logged.reference());
	}

	private org.redbox.intake.phone.CallDetails call(String name, String email) {
		return new org.redbox.intake.phone.CallDetails(offices.mayor().id(), Channel.PHONE, LocalDate.now(clock), name,
				email, null, null, "Parking on the verge", "Cars park on the verge outside the school.", CaseType.GENERAL,
				null);
	}

	private LoggedCase logLetterFrom(String name, String email) {
		var office = offices.mayor();
		var writer = contacts.findOrRegister(MAILBOX, office.id(),
				new ContactDetails(name, ContactType.RESIDENT, null, email, null, null, null, false, false));
		return incoming.log(MAILBOX, new NewCase(office.id(), CaseType.GENERAL, Channel.EMAIL, LocalDate.now(clock),
				"Street lights out on Canal Walk", "Half the lights on Canal Walk have been out for a month.",
				List.of(writer.id()), Set.of(), null, false, null), List.of());
	}
}
