package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.SecurityMarking;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.worktime.DeadlineRequest;
import org.redbox.worktime.StatutoryClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The manager's view of the caseload: narrowed by officer, topic and deadline, with what is close marked. */
@IntegrationTest
class WorkstackIT {

	@Autowired
	CaseIntake intake;
	@Autowired
	CaseWork work;
	@Autowired
	CaseQueries queries;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	StatutoryClock clock;
	@Autowired
	DemoStaff demo;
	@Autowired
	DemoOffices offices;
	@Autowired
	MockMvc mvc;

	@Test
	void aTopicFilterShowsOnlyThatTopicsCasesAndTheExportFollowsIt() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		CaseFile noise = triaged("Noise from the night market " + tag, receivedToday(), "Noise");
		CaseFile schools = triaged("School places in Northfield " + tag, receivedToday(), "Schools");

		String page = page("/cases?view=ALL&topic=Noise&sort=received");
		assertThat(page).contains(noise.reference()).doesNotContain(schools.reference());
		assertThat(page).as("the filter is kept in the export link").contains("export.csv?view=ALL&amp;topic=Noise");

		String csv = page("/cases/export.csv?view=ALL&topic=Schools&sort=received");
		assertThat(csv).contains(schools.reference()).doesNotContain(noise.reference());
	}

	@Test
	void anOfficerFilterShowsOnlyTheirCases() throws Exception {
		var caseworker = demo.holding(Role.CASEWORKER);
		CaseFile theirs = triaged("Cycle lane on Mill Road " + UUID.randomUUID(), receivedToday(), "Transport");
		CaseFile unallocated = triaged("Cycle lane on Mill Road " + UUID.randomUUID(), receivedToday(), "Transport");
		var team = directory.teams(offices.mayor().id()).stream().filter(t -> t.name().equals("Correspondence"))
				.findFirst().orElseThrow();
		allocation.allocate(demo.holding(Role.CORRESPONDENCE_MANAGER), theirs.id().value(), team.id(), caseworker.id());

		String page = page("/cases?view=ALL&sort=received&officer=" + caseworker.id());

		assertThat(page).contains(theirs.reference()).doesNotContain(unallocated.reference());
	}

	@Test
	void overdueAndDueSoonCasesAreMarkedAndCanBeListedAlone() throws Exception {
		LocalDate today = queries.today();
		LocalDate dueSoonUntil = DueSoonPolicy.dueSoonUntil(clock.calendar(
				org.redbox.worktime.HolidayRegion.of(offices.mayor().jurisdiction())), today);
		CaseFile overdue = triaged("Potholes on Station Road " + UUID.randomUUID(), today.minusMonths(3), "Transport");
		CaseFile dueSoon = triaged("Bus shelter vandalised " + UUID.randomUUID(), receivedSoThatDueBy(today, dueSoonUntil),
				"Transport");
		CaseFile later = triaged("Tram timetable " + UUID.randomUUID(), today, "Transport");
		assertThat(overdue.deadline()).isBefore(today);
		assertThat(dueSoon.deadline()).isBetween(today, dueSoonUntil);
		assertThat(later.deadline()).isAfter(dueSoonUntil);

		String soon = page("/cases?view=ALL&due=DUE_SOON&sort=received&stage=ALLOCATION");
		assertThat(soon).contains(dueSoon.reference()).doesNotContain(overdue.reference(), later.reference());
		assertThat(rowOf(soon, dueSoon.reference())).contains("Due soon").doesNotContain("Overdue");

		String late = page("/cases?view=ALL&due=OVERDUE&sort=received&stage=ALLOCATION");
		assertThat(late).contains(overdue.reference()).doesNotContain(dueSoon.reference(), later.reference());
		assertThat(rowOf(late, overdue.reference())).contains("Overdue").doesNotContain("Due soon");

		assertThat(rowOf(page("/cases?view=ALL&sort=received&stage=ALLOCATION"), later.reference()))
				.doesNotContain("Due soon", "Overdue");
	}

	@Test
	void pagesFollowTheDeadlineOrderWithNothingRepeatedOrMissedAndCountTheWhole() {
		SignedInStaff manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		OfficeSummary mayor = offices.mayor();
		String topic = "Paging " + java.util.UUID.randomUUID();
		var writer = contacts.findOrRegister(manager.actor(), mayor.id(), new ContactDetails("Ada Lovelace",
				ContactType.RESIDENT, null, null, null, null, null, false, false));
		LocalDate today = queries.today();
		List<String> logged = new java.util.ArrayList<>();
		for (int daysAgo : new int[] { 3, 9, 1, 14, 6, 2, 11 }) {
			logged.add(intake.log(manager, new NewCase(mayor.id(), CaseType.GENERAL, Channel.LETTER, today.minusDays(daysAgo),
					"Paging check", "text", List.of(writer.id()), Set.of(topic), null, false, null)).reference());
		}
		var stack = new Workstack(Workstack.View.ALL, null, null, null, topic, null);
		var sort = org.springframework.data.domain.Sort.by("deadline");

		List<CaseFile> seen = new java.util.ArrayList<>();
		for (int page = 0; page < 3; page++) {
			var cases = queries.workstack(manager, stack, org.springframework.data.domain.PageRequest.of(page, 3, sort));
			assertThat(cases.getTotalElements()).isEqualTo(7);
			seen.addAll(cases.getContent());
		}

		assertThat(seen).extracting(CaseFile::reference).containsExactlyInAnyOrderElementsOf(logged);
		assertThat(seen).extracting(CaseFile::deadline).isSorted();
	}

	@Test
	void anUnknownFilterValueIsABadRequestNotAnError() throws Exception {
		mvc.perform(get("/cases?view=ALL&due=SOMETIME").with(demo.as(Role.CORRESPONDENCE_MANAGER)))
				.andExpect(status().isBadRequest());
	}

	@Autowired
	org.redbox.correspondence.internal.CaseAllocation allocation;

	/** The latest receipt date whose deadline still falls inside the due-soon window. */
	private LocalDate receivedSoThatDueBy(LocalDate today, LocalDate until) {
		OfficeSummary office = offices.mayor();
		for (LocalDate received = today; received.isAfter(today.minusMonths(3)); received = received.minusDays(1)) {
			LocalDate due = clock.deadline(new DeadlineRequest(CaseType.GENERAL.clock(), received, office.jurisdiction(),
					office.code(), null, null, null)).due();
			if (!due.isAfter(until) && !due.isBefore(today)) {
				return received;
			}
		}
		throw new IllegalStateException("no receipt date gives a deadline by " + until);
	}

	private static String rowOf(String page, String reference) {
		int at = page.indexOf(reference);
		assertThat(at).as(reference + " is listed").isPositive();
		int end = page.indexOf("</tr>", at);
		return page.substring(at, end);
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url).with(demo.as(Role.CORRESPONDENCE_MANAGER))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
	}

	private LocalDate receivedToday() {
		return queries.today();
	}

	private CaseFile triaged(String subject, LocalDate received, String topic) {
		var caseworker = demo.holding(Role.CASEWORKER);
		var from = contacts.findOrRegister(caseworker.actor(), offices.mayor().id(), new ContactDetails("Amal Haddad",
				ContactType.RESIDENT, "4 Mill Road", "amal.haddad@example.org", null, null, null, false, false));
		CaseFile c = intake.log(caseworker, new NewCase(offices.mayor().id(), CaseType.GENERAL, Channel.EMAIL, received,
				subject, "Dear Mayor, " + subject, List.of(from.id()), Set.of(), SecurityMarking.OFFICIAL, false, null));
		work.completeTriage(caseworker, c.id().value(), Set.of(topic), false, SecurityMarking.OFFICIAL);
		return queries.view(caseworker, c.id().value()).caseFile();
	}

}
