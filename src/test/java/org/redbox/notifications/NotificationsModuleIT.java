package org.redbox.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redbox.correspondence.CaseAllocated;
import org.redbox.correspondence.CaseFileId;
import org.redbox.directory.Role;
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
 * The notifications module on its own (with the modules it needs): an allocation event from
 * correspondence becomes a notice for the officer, and an allocation one makes to oneself does not.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@ExtendWith(DatabaseAvailable.class)
@ActiveProfiles(resolver = DatabaseProfiles.class)
@Import({ TestClockConfiguration.class, DemoStaff.class })
class NotificationsModuleIT {

	@Autowired
	Notices notices;
	@Autowired
	DemoStaff demo;

	@Test
	void anAllocationEventBecomesANoticeForTheOfficer(Scenario scenario) {
		var officer = demo.holding(Role.CASEWORKER);
		var manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		var caseId = new CaseFileId(UUID.randomUUID());

		scenario.publish(new CaseAllocated(caseId, officer.offices().iterator().next(), "Correspondence", officer.id(),
				officer.name(), manager.actor(), Instant.now()))
				.andWaitForStateChange(() -> noticesAbout(officer, caseId), list -> !list.isEmpty())
				.andVerify(list -> assertThat(list).singleElement().satisfies(n -> {
					assertThat(n.kind()).isEqualTo(NoticeKind.ALLOCATED);
					assertThat(n.message()).contains("allocated to you by " + manager.name());
					assertThat(n.link()).isEqualTo("/cases/" + caseId.value());
				}));
	}

	@Test
	void anOfficerWhoTakesACaseThemselvesIsNotToldOfIt(Scenario scenario) {
		var officer = demo.holding(Role.CASEWORKER);
		var mine = new CaseFileId(UUID.randomUUID());

		scenario.publish(new CaseAllocated(mine, officer.offices().iterator().next(), "Correspondence", officer.id(),
				officer.name(), officer.actor(), Instant.now()))
				.andWaitForStateChange(() -> handled(mine), Boolean::booleanValue)
				.andVerify(done -> {
					assertThat(done).as("the listener finished").isTrue();
					assertThat(noticesAbout(officer, mine)).isEmpty();
				});
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** True once the notifications listener has finished with the event about {@code caseId}. */
	private boolean handled(CaseFileId caseId) {
		return jdbc.queryForObject("""
				select count(*) from event_publication where listener_id like '%CaseNotices%'
				and serialized_event like ? and completion_date is not null""", Integer.class,
				"%" + caseId.value() + "%") > 0;
	}

	private List<NoticeView> noticesAbout(org.redbox.directory.SignedInStaff officer, CaseFileId caseId) {
		return notices.latestFor(officer.id(), 500).stream().filter(n -> n.link().endsWith(caseId.value().toString()))
				.toList();
	}
}
