package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.support.DatabaseAvailable;
import org.redbox.support.DatabaseProfiles;
import org.redbox.support.DemoStaff;
import org.redbox.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The correspondence module with only what it depends on: its transitions publish the events
 * other modules build on (notices, audit), carrying who is concerned.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@ExtendWith(DatabaseAvailable.class)
@ActiveProfiles(resolver = DatabaseProfiles.class)
@Import({ TestClockConfiguration.class, DemoStaff.class })
class CorrespondenceModuleIT {

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
	DemoStaff demo;

	@Test
	void allocatingACasePublishesWhoItIsAllocatedTo(Scenario scenario) {
		var caseworker = demo.holding(Role.CASEWORKER);
		UUID id = triaged();

		scenario.stimulate(() -> allocation.allocate(demo.holding(Role.CORRESPONDENCE_MANAGER), id, team(), caseworker.id()))
				.andWaitForEventOfType(CaseAllocated.class)
				.matching(e -> e.caseId().value().equals(id))
				.toArriveAndVerify(e -> {
					assertThat(e.officerId()).isEqualTo(caseworker.id());
					assertThat(e.team()).isEqualTo("Correspondence");
				});
	}

	@Test
	void returningAReplyPublishesTheDrafterAndTheReason(Scenario scenario) {
		var caseworker = demo.holding(Role.CASEWORKER);
		UUID id = triaged();
		allocation.allocate(demo.holding(Role.CORRESPONDENCE_MANAGER), id, team(), caseworker.id());
		work.saveDraft(caseworker, id, "<p>Dear Mr Osei</p>");
		work.submitDraft(caseworker, id);

		scenario.stimulate(() -> work.returnForRedraft(demo.holding(Role.CORRESPONDENCE_MANAGER), id, "Too long"))
				.andWaitForEventOfType(CaseReturnedForRedraft.class)
				.matching(e -> e.caseId().value().equals(id))
				.toArriveAndVerify(e -> {
					assertThat(e.drafter()).isEqualTo(caseworker.id());
					assertThat(e.reason()).isEqualTo("Too long");
					assertThat(e.from()).isEqualTo(Stage.QA);
				});
	}

	private UUID triaged() {
		var caseworker = demo.holding(Role.CASEWORKER);
		var writer = contacts.findOrRegister(caseworker.actor(), mayor(), ContactDetails.resident("Kwame Osei", null));
		UUID id = intake.log(caseworker, new NewCase(mayor(), CaseType.GENERAL, Channel.LETTER, LocalDate.of(2026, 11, 20),
				"Street lighting " + UUID.randomUUID(), "Dear Mayor, ...", List.of(writer.id()), Set.of(),
				SecurityMarking.OFFICIAL, false, null)).id().value();
		work.completeTriage(caseworker, id, Set.of("Transport"), false, SecurityMarking.OFFICIAL);
		return id;
	}

	private UUID team() {
		return directory.teams(mayor()).stream().filter(t -> t.name().equals("Correspondence")).findFirst().orElseThrow()
				.id();
	}

	private OfficeId mayor() {
		return directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().orElseThrow().id();
	}
}
