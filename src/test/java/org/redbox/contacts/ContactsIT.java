package org.redbox.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.internal.ContactAdministration;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.shared.OfficeId;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
class ContactsIT {

	static final String HOUSING_CASEWORKER = "housing.caseworker@exampleton.gov.uk";

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	AuditedActions audit;
	@Autowired
	ContactAdministration administration;
	@Autowired
	ContactManagement management;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	JdbcTemplate jdbc;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void addingAContactShowsTheirPageWithLanguageConsentAndMarking() throws Exception {
		String page = follow(mvc.perform(form(post("/contacts"), "Rhian Prys " + unique, "rhian." + unique + "@example.com", "WELSH")
				.param("office", mayor().toString()).param("consentToContact", "true")
				.with(as(Role.CASEWORKER))).andExpect(flash().attribute("success", "Contact added: Rhian Prys " + unique))
				.andReturn().getResponse().getRedirectedUrl(), as(Role.CASEWORKER));

		assertThat(page).contains("OFFICIAL PERSONAL", "Rhian Prys " + unique, "Welsh (Cymraeg): reply in Welsh",
				"Yes: may be contacted about other matters", "No cases yet.");
	}

	@Test
	void aRepeatWritersEmailFindsTheirExistingContactInsteadOfAddingAnother() throws Exception {
		Contact rhian = newContact("Rhian Prys " + unique);
		String sameEmailWrittenDifferently = "  " + rhian.email().toUpperCase() + " ";

		mvc.perform(form(post("/contacts"), "R. Prys", sameEmailWrittenDifferently).param("office", mayor().toString())
				.with(as(Role.CASEWORKER)))
				.andExpect(redirectedUrl("/contacts/" + rhian.id()))
				.andExpect(flash().attribute("notice", containsString("nothing new was added")));

		assertThat(contactsWithEmail(rhian.email())).isOne();
		assertThat(management.findOrRegister(demo.holding(Role.CASEWORKER).actor(), rhian.officeId(),
				ContactDetails.resident("Rhian", sameEmailWrittenDifferently)).id()).isEqualTo(rhian.id());
		assertThat(contactsWithEmail(rhian.email())).isOne();
	}

	@Test
	void aContactWithABadEmailShowsTheErrorAndAddsNothing() throws Exception {
		String name = "Bad Email " + unique;

		String page = mvc.perform(form(post("/contacts"), name, "rhian.prys-at-example.com").param("office", mayor().toString())
				.with(as(Role.CASEWORKER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("There is a problem", "Enter an email address in the correct format, like name@example.com");
		assertThat(jdbc.queryForObject("select count(*) from contact where name = ?", Integer.class, name)).isZero();
	}

	@Test
	void aCaseworkerOfTheHousingOfficeCannotSeeNorFindAMayorsOfficeContact() throws Exception {
		Contact mayors = newContact("Findable Person " + unique);

		mvc.perform(get("/contacts/" + mayors.id()).with(demo.as(HOUSING_CASEWORKER))).andExpect(status().isForbidden());
		mvc.perform(form(post("/contacts/" + mayors.id()), "Renamed", null).with(demo.as(HOUSING_CASEWORKER)))
				.andExpect(status().isForbidden());

		assertThat(search(demo.as(HOUSING_CASEWORKER), unique)).doesNotContain(mayors.name())
				.contains("No contacts match your search");
		assertThat(search(as(Role.CASEWORKER), unique)).contains(mayors.name());
	}

	@Test
	void viewingAContactIsRecordedAsAReadOfPersonalDataByTheViewer() throws Exception {
		Contact contact = newContact("Viewed Person " + unique);

		mvc.perform(get("/contacts/" + contact.id()).with(as(Role.POLICY_OFFICER))).andExpect(status().isOk());

		assertThat(jdbc.queryForList("select actor_name from audit_entry where kind = 'READ' and record_id = ? and office_id = ?",
				String.class, contact.id().toString(), contact.officeId().value()))
				.containsExactly(demo.holding(Role.POLICY_OFFICER).name());
	}

	@Test
	void changingDetailsShowsTheNewDetailsAndIsAudited() throws Exception {
		Contact contact = newContact("Moving Person " + unique);

		mvc.perform(form(post("/contacts/" + contact.id()), contact.name(), contact.email()).param("phone", "01632 960 444")
				.param("postcode", "ex2 7lb").with(as(Role.CASEWORKER))).andExpect(redirectedUrl("/contacts/" + contact.id()));

		assertThat(follow("/contacts/" + contact.id(), as(Role.CASEWORKER))).contains("01632 960 444", "EX2 7LB");
		audit.awaitContains(contact.id().toString(), "ContactRegistered", "ContactUpdated");
	}

	@Test
	void mergingKeepsBothRecordsAndTheDuplicatesPageLeadsToTheSurvivor() throws Exception {
		Contact survivor = newContact("Margaret Blythe " + unique);
		Contact duplicate = administration.register(demo.holding(Role.CASEWORKER), survivor.officeId(),
				ContactDetails.resident("margaret blythe " + unique, null));
		assertThat(follow("/contacts/" + survivor.id(), as(Role.CASEWORKER))).contains("Possible duplicates",
				"/contacts/" + duplicate.id());

		mvc.perform(post("/contacts/" + survivor.id() + "/merge").param("duplicate", duplicate.id().toString())
				.with(as(Role.CASEWORKER)).with(csrf())).andExpect(redirectedUrl("/contacts/" + survivor.id()));

		mvc.perform(get("/contacts/" + duplicate.id()).with(as(Role.CASEWORKER)))
				.andExpect(redirectedUrl("/contacts/" + survivor.id()));
		assertThat(jdbc.queryForList("select merged_into from contact where id in (?, ?)", UUID.class,
				survivor.id().value(), duplicate.id().value())).containsExactlyInAnyOrder(null, survivor.id().value());
		assertThat(follow("/contacts/" + survivor.id(), as(Role.CASEWORKER))).contains("Records merged into this one",
				"margaret blythe " + unique);
		assertThat(search(as(Role.CASEWORKER), unique)).contains("/contacts/" + survivor.id())
				.doesNotContain("/contacts/" + duplicate.id());
		audit.awaitContains(survivor.id().toString(), "ContactsMerged");
	}

	@Test
	void aContributorIsRefusedTheContactPagesAndNotOfferedThem() throws Exception {
		Contact contact = newContact("Guarded Person " + unique);
		RequestPostProcessor contributor = as(Role.CONTRIBUTOR);

		mvc.perform(get("/contacts").with(contributor)).andExpect(status().isForbidden());
		mvc.perform(get("/contacts/new").with(contributor)).andExpect(status().isForbidden());
		mvc.perform(get("/contacts/" + contact.id()).with(contributor)).andExpect(status().isForbidden());
		mvc.perform(form(post("/contacts"), "Sneaky " + unique, null).param("office", mayor().toString()).with(contributor))
				.andExpect(status().isForbidden());

		assertThat(jdbc.queryForObject("select count(*) from contact where name = ?", Integer.class, "Sneaky " + unique)).isZero();
		assertThat(follow("/", contributor)).doesNotContain("href=\"/contacts\"");
		assertThat(follow("/", as(Role.CASEWORKER))).contains("href=\"/contacts\"");
	}

	@Test
	void searchFiltersByTypeAndPagesThroughContactsByName() throws Exception {
		for (int i = 0; i < ContactAdministration.PAGE_SIZE + 1; i++) {
			administration.register(demo.holding(Role.CASEWORKER), new OfficeId(mayor()), new ContactDetails(
					"Person %02d %s".formatted(i, unique), i == 7 ? ContactType.PRESS : ContactType.RESIDENT,
					"Paging " + unique, null, null, null, null, false, false));
		}

		assertThat(text(search(as(Role.CASEWORKER), "paging " + unique))).contains("Person 00 ", "Person 24 ", "Page 1 of 2")
				.doesNotContain("Person 25 ");
		assertThat(mvc.perform(get("/contacts").param("q", "Paging " + unique).param("page", "1").with(as(Role.CASEWORKER)))
				.andReturn().getResponse().getContentAsString()).contains("Person 25 ").doesNotContain("Person 00 ");
		assertThat(mvc.perform(get("/contacts").param("q", unique).param("type", "PRESS").with(as(Role.CASEWORKER)))
				.andReturn().getResponse().getContentAsString()).contains("Person 07 ").doesNotContain("Person 08 ");
	}

	@Test
	void theDemoOfficeHasContactsToTryEverythingWith() throws Exception {
		for (String name : new String[] { "Rhian Prys", "Daniel Okafor MP", "Cllr Megan Ashworth", "Tom Reyes",
				"Margaret Blythe", "Exampleton Tenants' Association" }) {
			assertThat(search(as(Role.CORRESPONDENCE_MANAGER), name)).contains(HtmlUtils.htmlEscape(name));
		}
	}

	private Contact newContact(String name) {
		return administration.register(demo.holding(Role.CASEWORKER), new OfficeId(mayor()),
				ContactDetails.resident(name, UUID.randomUUID() + "@example.com"));
	}

	/** The add or change form as a browser posts it, with the fields a person must fill. */
	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name, String email) {
		return form(request, name, email, "ENGLISH");
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name, String email,
			String language) {
		return request.with(csrf()).param("name", name).param("type", "RESIDENT").param("email", email == null ? "" : email)
				.param("language", language);
	}

	/** What a person reads on the page: the text without its markup. */
	private static String text(String html) {
		return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
	}

	private String search(RequestPostProcessor who, String text) throws Exception {
		return mvc.perform(get("/contacts").param("q", text).with(who)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
	}

	private String follow(String url, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private int contactsWithEmail(String email) {
		return jdbc.queryForObject("select count(*) from contact where email = ?", Integer.class, email);
	}

	private RequestPostProcessor as(Role role) {
		return demo.as(role);
	}

	private UUID mayor() {
		return directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().orElseThrow().id().value();
	}
}
