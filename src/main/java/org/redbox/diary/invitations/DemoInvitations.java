package org.redbox.diary.invitations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.NewCase;
import org.redbox.diary.Diary;
import org.redbox.diary.EntryTime;
import org.redbox.directory.DirectoryManagement;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a demo installation whose Mayor's office has no invitations yet, logs three: one that
 * scores well (a cycling hub opening in the Mayor's ward, with the press), one at too short
 * notice (declined by rule), and one whose details nobody has entered yet — so the diary meeting
 * has something to decide.
 */
@Component
@Order(2)
class DemoInvitations implements ApplicationRunner {

	private final DirectoryManagement directory;
	private final InvitationDiaries diaries;
	private final Invitations invitations;
	private final IncomingCorrespondence incoming;
	private final ContactManagement contacts;
	private final Clock clock;

	DemoInvitations(DirectoryManagement directory, InvitationDiaries diaries, Invitations invitations,
			IncomingCorrespondence incoming, ContactManagement contacts, Clock clock) {
		this.directory = directory;
		this.diaries = diaries;
		this.invitations = invitations;
		this.incoming = incoming;
		this.contacts = contacts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!directory.isDemo()) {
			return;
		}
		directory.offices().stream().filter(office -> office.code().equals("MAY")).findFirst()
				.filter(office -> !invitations.existsByOfficeId(office.id().value()))
				.filter(office -> diaries.principalsOf(office.id()).map(Diary::title).isPresent())
				.ifPresent(office -> fill(office.id()));
	}

	private void fill(OfficeId office) {
		LocalDate today = LocalDate.now(clock.withZone(EntryTime.LONDON));
		log(office, "Ada Lovelace", "Exampleton Cycling Trust", "ada.lovelace@cycling-trust.example",
				"Invitation: opening of the Mill Road cycling hub",
				"We would be honoured if the Mayor would open our new cycling hub on Mill Road, cut the ribbon and say a few "
						+ "words. Daniel Okafor MP will be there, and the Exampleton Echo is sending a photographer.",
				new InvitationDetails("Opening of the Mill Road cycling hub", at(today.plusDays(24), "10:00", "11:30"),
						"Mill Road Cycle Hub, Mill Road", "Mill Road", "Exampleton Cycling Trust", InvitationRole.OPENING, 300, true,
						"Daniel Okafor MP", true, today.plusDays(10)));
		log(office, "Graham Pike", "Exampleton Rotary Club", "secretary@rotary-exampleton.example",
				"Rotary charity dinner the day after tomorrow",
				"Our guest of honour has dropped out of our charity dinner. Could the Mayor possibly step in at short notice?",
				new InvitationDetails("Rotary Club charity dinner", at(today.plusDays(2), "19:00", "22:00"), "The Grand Hotel, Exampleton",
						null, "Exampleton Rotary Club", InvitationRole.GUEST, 80, false, null, false, today.plusDays(1)));
		log(office, "Kemi Adeyemi", "Larkfield Youth Club", "kemi@larkfield-youth.example", "Larkfield Youth Club awards evening",
				"Would the Mayor present the awards at our youth club's end of year evening in the spring? Details to follow.", null);
	}

	private void log(OfficeId office, String writer, String organisation, String email, String subject, String text,
			InvitationDetails details) {
		var contact = contacts.findOrRegister(Actor.system(), office, new ContactDetails(writer, ContactType.ORGANISATION, organisation,
				email, null, null, null, false, false));
		var logged = incoming.log(Actor.system(), new NewCase(office, CaseType.INVITATION, Channel.EMAIL,
				LocalDate.now(clock.withZone(EntryTime.LONDON)), subject, text, List.of(contact.id()), Set.of(), null, false, null),
				List.of());
		if (details != null) {
			invitations.save(Invitation.record(logged.id(), office, details, Actor.system(), clock.instant()));
		}
	}

	private static EntryTime at(LocalDate day, String from, String to) {
		return EntryTime.timed(LocalDateTime.of(day, LocalTime.parse(from)), LocalDateTime.of(day, LocalTime.parse(to)), EntryTime.LONDON);
	}
}
