package org.redbox.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.OfficeCodes;
import org.redbox.support.PermissionMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every role against every admin and audit action: allowed for the role that owns it, refused (403) for the rest. */
@IntegrationTest
class AdminPermissionMatrixIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DirectoryManagement directory;

	enum Action {
		VIEW_OFFICES(Role.ADMIN), VIEW_STAFF(Role.ADMIN), OPEN_NEW_OFFICE_FORM(Role.ADMIN), CREATE_OFFICE(Role.ADMIN),
		ADD_TEAM(Role.ADMIN), ADD_PRINCIPAL_POST(Role.ADMIN), CREATE_STAFF(Role.ADMIN), GRANT_ROLE(Role.ADMIN),
		VIEW_STAFF_ACCOUNT(Role.ADMIN), VIEW_AUDIT_TRAIL(Role.AUDITOR), EXPORT_AUDIT_TRAIL(Role.AUDITOR);

		final Role owner;

		Action(Role owner) {
			this.owner = owner;
		}
	}

	static Stream<Arguments> everyRoleAndAction() {
		return PermissionMatrix.everyRoleAnd(Action.class);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyRoleAndAction")
	void onlyTheOwningRoleMayActAndEveryoneElseIsRefused(Role role, Action action) throws Exception {
		int status = mvc.perform(request(action).with(demo.as(role)).with(csrf())).andReturn().getResponse().getStatus();

		PermissionMatrix.assertAnswer(status, role == action.owner, role, action);
	}

	private MockHttpServletRequestBuilder request(Action action) {
		String mayorOffice = mayorOffice();
		String caseworker = demo.holding(Role.CASEWORKER).id().toString();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		return switch (action) {
			case VIEW_OFFICES -> get("/admin");
			case VIEW_STAFF -> get("/admin/staff").param("status", "all").param("q", "a");
			case OPEN_NEW_OFFICE_FORM -> get("/admin/offices/new");
			case CREATE_OFFICE -> post("/admin/offices").param("name", "Office " + unique).param("code", OfficeCodes.random())
					.param("jurisdiction", "SCOTLAND");
			case ADD_TEAM -> post("/admin/offices/" + mayorOffice + "/teams").param("name", "Team " + unique);
			case ADD_PRINCIPAL_POST -> post("/admin/offices/" + mayorOffice + "/posts").param("title", "Deputy " + unique);
			case CREATE_STAFF -> post("/admin/staff").param("name", "New Person").param("email", unique + "@exampleton.gov.uk")
					.param("password", "kettle-orchard-violin").param("role", "CASEWORKER").param("office", mayorOffice);
			case GRANT_ROLE -> post("/admin/staff/" + caseworker + "/grants").param("role", "CONTRIBUTOR").param("office", mayorOffice);
			case VIEW_STAFF_ACCOUNT -> get("/admin/staff/" + caseworker);
			case VIEW_AUDIT_TRAIL -> get("/audit");
			case EXPORT_AUDIT_TRAIL -> get("/audit/export.csv");
		};
	}

	private String mayorOffice() {
		return directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().orElseThrow().id().toString();
	}
}
