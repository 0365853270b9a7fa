package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** References stay unique when many cases are logged at once — also the very first ones of a year. */
@IntegrationTest
class CaseReferencesIT {

	private static final int THREADS = 4;
	private static final int EACH = 5;

	@Autowired
	CaseIntake intake;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DemoStaff demo;
	@Autowired
	DemoOffices offices;

	@Test
	void casesLoggedAtTheSameMomentStartingAYearGetConsecutiveUniqueReferences() throws Exception {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		var office = offices.mayor();
		var writer = contacts.findOrRegister(caseworker.actor(), office.id(), new ContactDetails("Tomasz Nowak",
				ContactType.RESIDENT, null, "tomasz.nowak@example.org", null, null, null, false, false));
		// A year nothing else logs in: every thread races to start its counter.
		LocalDate received = LocalDate.of(2011, 3, 14);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<List<String>>> loggers = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			loggers.add(() -> {
				start.await();
				List<String> references = new ArrayList<>();
				for (int i = 0; i < EACH; i++) {
					references.add(intake.log(caseworker, new NewCase(office.id(), CaseType.GENERAL, Channel.LETTER, received,
							"Old letter found in a drawer", "Scanned late.", List.of(writer.id()), Set.of(), null, false, null))
							.reference());
				}
				return references;
			});
		}
		var pool = Executors.newFixedThreadPool(THREADS);
		List<String> all = new ArrayList<>();
		try {
			List<Future<List<String>>> running = loggers.stream().map(pool::submit).toList();
			start.countDown();
			for (Future<List<String>> f : running) {
				all.addAll(f.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(all).hasSize(THREADS * EACH).doesNotHaveDuplicates();
		assertThat(all).allMatch(r -> r.matches("MAY-2011-\\d{5}"));
		assertThat(all.stream().map(r -> Integer.parseInt(r.substring(9))).sorted().toList())
				.as("no case failed, so no number was skipped")
				.isEqualTo(java.util.stream.IntStream.rangeClosed(1, THREADS * EACH).boxed().toList());
	}
}
