package org.redbox.contacts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redbox.contacts.internal.ContactAdministration;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.shared.OfficeId;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.PermissionMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every demo role against every contact action on a Mayor's office contact: allowed for each
 * role held in that office or authority-wide, refused (403) for the contributor.
 */
@IntegrationTest
class ContactPermissionMatrixIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	ContactAdministration administration;

	enum Action {
		LIST, OPEN_NEW_FORM, CREATE, VIEW, OPEN_CHANGE_FORM, CHANGE, MERGE
	}

	static Stream<Arguments> everyRoleAndAction() {
		return PermissionMatrix.everyRoleAnd(Action.class);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyRoleAndAction")
	void everyoneButTheContributorMayUseTheOfficesContacts(Role role, Action action) throws Exception {
		int status = mvc.perform(request(action).with(demo.as(role)).with(csrf())).andReturn().getResponse().getStatus();

		PermissionMatrix.assertAnswer(status, role != Role.CONTRIBUTOR, role, action);
	}

	private MockHttpServletRequestBuilder request(Action action) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		return switch (action) {
			case LIST -> get("/contacts").param("q", "a");
			case OPEN_NEW_FORM -> get("/contacts/new");
			case CREATE -> details(post("/contacts").param("office", mayor().toString()), "New Person " + unique);
			case VIEW -> get("/contacts/" + newContact("Viewed " + unique));
			case OPEN_CHANGE_FORM -> get("/contacts/" + newContact("Changed " + unique) + "/edit");
			case CHANGE -> details(post("/contacts/" + newContact("Changed " + unique)), "Changed Again " + unique);
			case MERGE -> post("/contacts/" + newContact("Merged " + unique) + "/merge")
					.param("duplicate", newContact("Merged " + unique).toString());
		};
	}

	private static MockHttpServletRequestBuilder details(MockHttpServletRequestBuilder request, String name) {
		return request.param("name", name).param("type", "RESIDENT").param("language", "ENGLISH");
	}

	private ContactId newContact(String name) {
		return administration.register(demo.holding(Role.CASEWORKER), mayor(), ContactDetails.resident(name, null)).id();
	}

	private OfficeId mayor() {
		return directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().orElseThrow().id();
	}
}
