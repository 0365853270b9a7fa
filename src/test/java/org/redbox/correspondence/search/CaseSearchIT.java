package org.redbox.correspondence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactSummary;
import org.redbox.contacts.internal.ContactAdministration;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseNotFound;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.correspondence.internal.search.CaseSearch;
import org.redbox.correspondence.internal.search.SearchIndex;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.SecurityMarking;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/** Search finds cases by what they say and who wrote them, and never one the case page would refuse. */
@IntegrationTest
class CaseSearchIT {

	static final SecurityMarking SENSITIVE = new SecurityMarking(SecurityMarking.Classification.OFFICIAL_SENSITIVE,
			SecurityMarking.Descriptor.PERSONAL);

	@Autowired
	CaseIntake intake;
	@Autowired
	CaseWork work;
	@Autowired
	CaseAllocation allocation;
	@Autowired
	CaseQueries queries;
	@Autowired
	CaseSearch search;
	@Autowired
	SearchIndex index;
	@Autowired
	ContactManagement contacts;
	@Autowired
	ContactAdministration contactAdministration;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	DemoStaff demo;
	@Autowired
	MockMvc mvc;

	@Test
	void searchNeverShowsACaseTheCasePageWouldRefuseAndCountsOnlyWhatItShows() {
		String word = uniqueWord();
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		SignedInStaff manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		SignedInStaff policyOfficer = demo.holding(Role.POLICY_OFFICER);
		Map<String, UUID> planted = new LinkedHashMap<>();
		planted.put("official", log(caseworker, "MAY", SecurityMarking.OFFICIAL, word));
		planted.put("sensitive, unallocated", log(manager, "MAY", SENSITIVE, word));
		UUID ours = log(manager, "MAY", SENSITIVE, word);
		allocate(manager, ours, "Correspondence", caseworker);
		planted.put("sensitive, caseworker's", ours);
		UUID policy = log(manager, "MAY", SENSITIVE, word);
		allocate(manager, policy, "Policy and briefings", policyOfficer);
		planted.put("sensitive, policy team's", policy);
		planted.put("housing office", log(demo.staff("housing.caseworker@exampleton.gov.uk"), "HSG",
				SecurityMarking.OFFICIAL, word));

		List<SignedInStaff> people = List.of(caseworker, manager, policyOfficer, demo.holding(Role.PRINCIPAL),
				demo.holding(Role.CHIEF_OF_STAFF), demo.holding(Role.AUDITOR), demo.holding(Role.CONTRIBUTOR),
				demo.holding(Role.ADMIN), demo.staff("housing.caseworker@exampleton.gov.uk"));
		for (SignedInStaff person : people) {
			Set<UUID> pageWouldShow = new HashSet<>();
			planted.values().stream().filter(id -> casePageShows(person, id)).forEach(pageWouldShow::add);
			assertThat(everyPageOf(person, word)).as(person.name() + " finds exactly what their case page shows")
					.containsExactlyInAnyOrderElementsOf(pageWouldShow);
			assertThat(search.search(person, word, PageRequest.of(0, 1)).getTotalElements())
					.as(person.name() + "'s total counts no hidden case").isEqualTo(pageWouldShow.size());
		}
		assertThat(everyPageOf(caseworker, word)).as("need to know, not rank")
				.containsExactlyInAnyOrder(planted.get("official"), planted.get("sensitive, caseworker's"));
		assertThat(everyPageOf(policyOfficer, word))
				.containsExactlyInAnyOrder(planted.get("official"), planted.get("sensitive, policy team's"));
		assertThat(everyPageOf(manager, word)).hasSize(4).doesNotContain(planted.get("housing office"));
		assertThat(everyPageOf(demo.holding(Role.AUDITOR), word)).hasSize(5);
		assertThat(everyPageOf(demo.holding(Role.CONTRIBUTOR), word)).isEmpty();
	}

	@Test
	void findsACaseByReferenceItsBeginningWordsOfTheLetterAndWhoWrote() {
		String word = uniqueWord();
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		ContactSummary writer = contacts.register(caseworker.actor(), office("MAY").id(),
				ContactDetails.resident("Oluwaseun Adebayo-" + word, "seun." + word + "@example.org"));
		CaseFile c = intake.log(caseworker, new NewCase(office("MAY").id(), CaseType.GENERAL, Channel.EMAIL,
				LocalDate.of(2026, 11, 20), "Noise from the late bars", "The complaints about " + word
						+ " keep coming; nobody answers.", List.of(writer.id()), Set.of(), SecurityMarking.OFFICIAL, false, null));

		assertThat(found(caseworker, c.reference())).containsExactly(c.id().value());
		assertThat(found(caseworker, c.reference().toLowerCase())).containsExactly(c.id().value());
		assertThat(found(caseworker, c.reference().substring(0, c.reference().length() - 1)))
				.as("the beginning of a reference").contains(c.id().value());
		assertThat(found(caseworker, "complaint " + word)).as("stemmed words of the letter").contains(c.id().value());
		assertThat(found(caseworker, "seun." + word + "@example.org")).as("the writer's email").containsExactly(c.id().value());
		assertThat(found(caseworker, "adebayo " + word)).as("the writer's name").containsExactly(c.id().value());
		var hit = search.search(caseworker, word + " nobody", PageRequest.of(0, 5)).getContent().get(0);
		assertThat(hit.snippet()).contains("<mark>" + word + "</mark>");

		contactAdministration.update(caseworker, writer.id(), ContactDetails.resident("Seun Okonkwo-" + word,
				"seun." + word + "@example.org"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(found(caseworker, "okonkwo " + word))
				.as("a renamed writer is found by the new name").containsExactly(c.id().value()));
	}

	@Test
	void aCaseMarkedSensitiveAtTriageDropsOutOfTheSearchesOfThoseWithNoNeedToKnow() {
		String word = uniqueWord();
		SignedInStaff manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		UUID id = log(demo.holding(Role.CASEWORKER), "MAY", SecurityMarking.OFFICIAL, word);
		assertThat(found(demo.holding(Role.POLICY_OFFICER), word)).containsExactly(id);

		work.completeTriage(manager, id, Set.of("Lighting"), false, SENSITIVE);

		assertThat(found(demo.holding(Role.POLICY_OFFICER), word)).isEmpty();
		assertThat(found(manager, word)).containsExactly(id);
	}

	@Test
	void oddQueriesFindNothingRatherThanFail() {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		for (String query : List.of("*", "\"(", "MAY-*", "?", "-", "   ", "a AND OR NOT")) {
			assertThat(search.search(caseworker, query, PageRequest.of(0, 5))).as(query).isNotNull();
		}
	}

	@Test
	void theSnippetShowsTheLettersTextEscaped() {
		String word = uniqueWord();
		UUID id = log(demo.holding(Role.CASEWORKER), "MAY", SecurityMarking.OFFICIAL,
				"<script>alert(1)</script> " + word);
		var hit = search.search(demo.holding(Role.CASEWORKER), word, PageRequest.of(0, 5)).getContent().get(0);
		assertThat(hit.caseFile().id().value()).isEqualTo(id);
		assertThat(hit.snippet()).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void theSearchPageListsResultsAndTheApiSearchesWithQ() throws Exception {
		String word = uniqueWord();
		UUID id = log(demo.holding(Role.CASEWORKER), "MAY", SecurityMarking.OFFICIAL, word);
		String page = mvc.perform(get("/cases/search").param("q", word).with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("1 case found").contains("/cases/" + id);
		assertThat(mvc.perform(get("/cases").with(demo.as(Role.CASEWORKER))).andReturn().getResponse()
				.getContentAsString()).contains("action=\"/cases/search\"");
		String json = mvc.perform(get("/api/cases").param("q", word).with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json).contains("\"total\":1").contains(id.toString());
	}

	@Test
	void anAdministratorRebuildsTheIndexFromTheDatabase() throws Exception {
		mvc.perform(post("/admin/search-index/rebuild").with(demo.as(Role.CASEWORKER)).with(csrf()))
				.andExpect(status().isForbidden());
		mvc.perform(post("/admin/search-index/rebuild").with(demo.as(Role.ADMIN)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(60)).until(() -> index.status().rebuild().isFinished());
		var status = index.status();
		assertThat(status.rebuild().failure()).isNull();
		assertThat(status.casesIndexed()).isEqualTo(status.casesInDatabase());
		assertThat(mvc.perform(get("/admin/search-index").with(demo.as(Role.ADMIN))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString()).contains("Finished");
	}

	private List<UUID> everyPageOf(SignedInStaff person, String word) {
		var all = new java.util.ArrayList<UUID>();
		for (int page = 0; page < 10; page++) {
			var hits = search.search(person, word, PageRequest.of(page, 2));
			hits.forEach(h -> all.add(h.caseFile().id().value()));
			if (!hits.hasNext()) {
				break;
			}
		}
		return all;
	}

	private List<UUID> found(SignedInStaff person, String query) {
		return search.search(person, query, PageRequest.of(0, 20)).map(h -> h.caseFile().id().value()).getContent();
	}

	private boolean casePageShows(SignedInStaff person, UUID id) {
		try {
			queries.view(person, id);
			return true;
		}
		catch (CaseNotFound e) {
			return false;
		}
	}

	private UUID log(SignedInStaff by, String office, SecurityMarking marking, String text) {
		ContactSummary writer = contacts.findOrRegister(by.actor(), office(office).id(),
				ContactDetails.resident("Pat Murphy", "pat.murphy@example.org"));
		return intake.log(by, new NewCase(office(office).id(), CaseType.GENERAL, Channel.LETTER, LocalDate.of(2026, 11, 20),
				"Street lighting", "Dear Mayor, " + text, List.of(writer.id()), Set.of(), marking, false, null)).id().value();
	}

	private void allocate(SignedInStaff manager, UUID id, String team, SignedInStaff officer) {
		work.completeTriage(manager, id, Set.of("Lighting"), false, SENSITIVE);
		var teamId = directory.teams(office("MAY").id()).stream().filter(t -> t.name().equals(team)).findFirst()
				.orElseThrow().id();
		allocation.allocate(manager, id, teamId, officer.id());
	}

	private OfficeSummary office(String code) {
		return directory.offices().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
	}

	private static String uniqueWord() {
		return "zq" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "x";
	}
}
