package org.redbox.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.notifications.NoticeKind;
import org.redbox.notifications.NoticeView;
import org.redbox.notifications.Notices;
import org.redbox.shared.SecurityMarking;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.TestMailbox;
import org.redbox.support.TestMailConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Officers hear about their work on the home page and by email, once per happening, and only about their own. */
@IntegrationTest
@Import(TestMailConfiguration.class)
class NotificationsIT {

	@Autowired
	CaseIntake intake;
	@Autowired
	CaseWork work;
	@Autowired
	CaseAllocation allocation;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	Notices notices;
	@Autowired
	CaseNotices caseNotices;
	@Autowired
	NoticeMailer mailer;
	@Autowired
	TestMailbox mailbox;
	@Autowired
	DemoStaff demo;
	@Autowired
	DemoOffices offices;
	@Autowired
	MockMvc mvc;

	@Test
	void anOfficerIsToldOfAnAllocationOnTheHomePageAndByEmail() throws Exception {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		CaseFile c = allocatedTo(caseworker, queriesToday());

		NoticeView notice = awaitNotice(caseworker, c.reference(), NoticeKind.ALLOCATED);
		assertThat(notice.message()).contains("allocated to you by " + demo.holding(Role.CORRESPONDENCE_MANAGER).name());

		String home = mvc.perform(get("/").with(demo.as(Role.CASEWORKER))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(home).containsPattern("Notices \\(\\d+\\)").contains("allocated to you by");
		String list = mvc.perform(get("/notices").with(demo.as(Role.CASEWORKER))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(list).contains(notice.message());

		int before = mailbox.to(caseworker.email()).size();
		mailer.sendPending();
		var mail = mailbox.awaitTo(caseworker.email(), before + 1);
		var sent = mail.stream().filter(m -> subjectOf(m).contains(c.reference())).findFirst().orElseThrow();
		assertThat(sent.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(sent.getContent().toString()).contains("/cases/" + c.id());

		mailer.sendPending();
		assertThat(mailbox.to(caseworker.email()).stream().filter(m -> subjectOf(m).contains(c.reference())))
				.as("a notice is emailed once").hasSize(1);
	}

	@Test
	void aDrafterIsToldWhoReturnedTheReply() {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		SignedInStaff manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		CaseFile c = allocatedTo(caseworker, queriesToday());
		work.saveDraft(caseworker, c.id().value(), "<p>Dear Mr Byrne, thank you.</p>");
		work.submitDraft(caseworker, c.id().value());
		work.returnForRedraft(manager, c.id().value(), "Answer the question about the 42 bus");

		NoticeView notice = awaitNotice(caseworker, c.reference(), NoticeKind.RETURNED);
		assertThat(notice.message()).contains("returned to you from Quality assurance by " + manager.name());
	}

	@Test
	void nobodyIsToldOfWhatTheyDidThemselves() {
		SignedInStaff manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		CaseFile c = triaged(queriesToday());
		allocation.allocate(manager, c.id().value(), offices.mayorsTeam("Correspondence"), manager.id());
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		CaseFile other = allocatedTo(caseworker, queriesToday());
		awaitNotice(caseworker, other.reference(), NoticeKind.ALLOCATED);

		assertThat(notices.latestFor(manager.id(), 100)).extracting(NoticeView::message)
				.noneMatch(m -> m.contains(c.reference()));
	}

	@Test
	void anOverdueCaseIsNoticedOnceHoweverOftenTheSweepRuns() {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		CaseFile c = allocatedTo(caseworker, queriesToday().minusMonths(3));

		caseNotices.sweepDeadlines();
		caseNotices.sweepDeadlines();

		assertThat(notices.latestFor(caseworker.id(), 500)).filteredOn(n -> n.message().contains(c.reference())
				&& n.kind() == NoticeKind.OVERDUE).hasSize(1).first().extracting(NoticeView::message).asString()
				.contains("is overdue: it was due on");
	}

	@Test
	void openingANoticeMarksItReadAndAnotherPersonsNoticeIsNotFound() throws Exception {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		CaseFile c = allocatedTo(caseworker, queriesToday());
		NoticeView notice = awaitNotice(caseworker, c.reference(), NoticeKind.ALLOCATED);

		mvc.perform(post("/notices/" + notice.id() + "/open").with(demo.as(Role.CORRESPONDENCE_MANAGER)).with(csrf()))
				.andExpect(status().isNotFound());
		mvc.perform(post("/notices/" + notice.id() + "/open").with(demo.as(Role.CASEWORKER)).with(csrf()))
				.andExpect(redirectedUrl("/cases/" + c.id()));

		assertThat(notices.latestFor(caseworker.id(), 500)).filteredOn(n -> n.id().equals(notice.id()))
				.extracting(NoticeView::read).containsExactly(true);
	}

	private NoticeView awaitNotice(SignedInStaff to, String reference, NoticeKind kind) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> notices.latestFor(to.id(), 500).stream()
				.filter(n -> n.kind() == kind && n.message().contains(reference)).findFirst(), java.util.Optional::isPresent)
				.orElseThrow();
	}

	private CaseFile allocatedTo(SignedInStaff officer, LocalDate received) {
		CaseFile c = triaged(received);
		allocation.allocate(demo.holding(Role.CORRESPONDENCE_MANAGER), c.id().value(), offices.mayorsTeam("Correspondence"), officer.id());
		return c;
	}

	private CaseFile triaged(LocalDate received) {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		var from = contacts.findOrRegister(caseworker.actor(), offices.mayor().id(), new ContactDetails("Declan Byrne",
				ContactType.RESIDENT, "9 Quay Street", "declan.byrne@example.org", null, null, null, false, false));
		CaseFile c = intake.log(caseworker, new NewCase(offices.mayor().id(), CaseType.GENERAL, Channel.EMAIL, received,
				"Route 42 timetable " + UUID.randomUUID(), "Dear Mayor, the 42 bus never comes.", List.of(from.id()),
				Set.of(), SecurityMarking.OFFICIAL, false, null));
		work.completeTriage(caseworker, c.id().value(), Set.of("Transport"), false, SecurityMarking.OFFICIAL);
		return c;
	}

	private LocalDate queriesToday() {
		return LocalDate.now(clock);
	}

	@Autowired
	java.time.Clock clock;



	private static String subjectOf(jakarta.mail.internet.MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
