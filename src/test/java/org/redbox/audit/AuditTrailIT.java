package org.redbox.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.directory.Office;
import org.redbox.directory.PrincipalPost;
import org.redbox.directory.Role;
import org.redbox.directory.RoleGrant;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.StaffAccount;
import org.redbox.directory.Team;
import org.redbox.directory.internal.DirectoryAdministration;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.OfficeCodes;
import org.redbox.support.RequiredServices;
import org.redbox.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditTrailIT {

	static final String PASSWORD = "kettle-orchard-violin";

	@Autowired
	DirectoryAdministration administration;
	@Autowired
	DemoStaff demo;
	@Autowired
	AuditedActions audit;
	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyChangeToTheDirectoryLeavesAnEntryNamingWhoMadeIt() {
		SignedInStaff admin = demo.holding(Role.ADMIN);
		Office office = newOffice(admin);
		Team team = administration.addTeam(admin, office.id(), "Casework");
		PrincipalPost post = administration.addPost(admin, office.id(), "Deputy Mayor");
		administration.appoint(admin, post.id(), "Ruth Owen", null, LocalDate.of(2026, 5, 11));
		administration.endTerm(admin, post.id(), LocalDate.of(2026, 12, 31));
		StaffAccount account = administration.createStaff(admin, "Sol Baker", UUID.randomUUID() + "@exampleton.gov.uk",
				PASSWORD, RoleGrant.inOffice(Role.CASEWORKER, office.id()));
		administration.grant(admin, account.id().value(), RoleGrant.inOffice(Role.CONTRIBUTOR, office.id()));
		administration.revoke(admin, account.id().value(), RoleGrant.inOffice(Role.CONTRIBUTOR, office.id()));
		administration.joinTeam(admin, account.id().value(), team.id());
		administration.setPassword(admin, account.id().value(), "a-brand-new-passphrase");
		administration.deactivate(admin, account.id().value());

		audit.awaitContains(office.id().toString(), "OfficeCreated");
		audit.awaitContains(team.id().toString(), "TeamCreated");
		audit.awaitContains(post.id().toString(), "PrincipalPostCreated", "PrincipalAppointed", "TermEnded");
		audit.awaitContains(account.id().toString(), "StaffAccountCreated", "RoleGranted", "RoleRevoked", "TeamJoined",
				"PasswordChanged", "StaffAccountDeactivated");
		assertThat(jdbc.queryForList("select distinct actor_name from audit_entry where record_id = ?", String.class,
				account.id().toString())).containsExactly(admin.name());
		assertThat(jdbc.queryForList("select summary from audit_entry where record_id = ?", String.class,
				account.id().toString())).noneMatch(summary -> summary.contains("passphrase"));
	}

	@Test
	void aChangeAndItsEntryCommitTogetherOrNotAtAll(@Autowired TransactionTemplate transactions) {
		SignedInStaff admin = demo.holding(Role.ADMIN);
		String name = "Rolled back " + UUID.randomUUID();

		transactions.executeWithoutResult(status -> {
			newOffice(admin, name);
			status.flush();
			assertThat(entriesNaming(name)).as("written with the change, before it commits").isOne();
			status.setRollbackOnly();
		});

		assertThat(entriesNaming(name)).as("no entry for a change that never happened").isZero();
	}

	private int entriesNaming(String text) {
		return jdbc.queryForObject("select count(*) from audit_entry where summary like ?", Integer.class, "%" + text + "%");
	}

	@Test
	void viewingAStaffAccountIsRecordedAsARead() throws Exception {
		String caseworker = demo.holding(Role.CASEWORKER).id().toString();

		mvc.perform(get("/admin/staff/" + caseworker).with(demo.as(Role.ADMIN))).andExpect(status().isOk());

		assertThat(jdbc.queryForList("select actor_name from audit_entry where kind = 'READ' and record_id = ?",
				String.class, caseworker)).contains(demo.holding(Role.ADMIN).name());
	}

	@Test
	void anOfficeAdministratorCannotChangeAnotherOffice() {
		SignedInStaff authorityAdmin = demo.holding(Role.ADMIN);
		Office mine = newOffice(authorityAdmin);
		Office theirs = newOffice(authorityAdmin);
		StaffAccount officeAdmin = administration.createStaff(authorityAdmin, "Office Admin",
				UUID.randomUUID() + "@exampleton.gov.uk", PASSWORD, RoleGrant.inOffice(Role.ADMIN, mine.id()));
		SignedInStaff me = officeAdmin.asSignedIn();

		administration.addTeam(me, mine.id(), "Allowed team");
		assertThatThrownBy(() -> administration.addTeam(me, theirs.id(), "Forbidden team"))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.grant(me, officeAdmin.id().value(), RoleGrant.everywhere(Role.ADMIN)))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.deactivate(me, demo.holding(Role.CASEWORKER).id().value()))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anOfficeAuditorSeesOnlyTheirOfficesEntries() throws Exception {
		SignedInStaff admin = demo.holding(Role.ADMIN);
		Office audited = newOffice(admin);
		Office other = newOffice(admin);
		StaffAccount auditor = administration.createStaff(admin, "Office Auditor", UUID.randomUUID() + "@exampleton.gov.uk",
				PASSWORD, RoleGrant.inOffice(Role.AUDITOR, audited.id()));
		audit.awaitContains(other.id().toString(), "OfficeCreated");
		audit.awaitContains(audited.id().toString(), "OfficeCreated");

		String page = mvc.perform(get("/audit").with(demo.as(auditor.email()))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();

		assertThat(page).contains(audited.name()).doesNotContain(other.name());
	}

	@Test
	void postgresRefusesToChangeOrDeleteAnAuditEntry() {
		assumeTrue(RequiredServices.onPostgres(), "the append-only trigger is PostgreSQL's");
		administration.addTeam(demo.holding(Role.ADMIN), newOffice(demo.holding(Role.ADMIN)).id(), "Trigger test");

		assertThatThrownBy(() -> jdbc.update("update audit_entry set summary = 'rewritten'"))
				.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry")).hasMessageContaining("append-only");
	}

	private Office newOffice(SignedInStaff admin) {
		return newOffice(admin, "Office " + UUID.randomUUID().toString().substring(0, 8));
	}

	private Office newOffice(SignedInStaff admin, String name) {
		return administration.createOffice(admin, name, OfficeCodes.random(), Jurisdiction.NORTHERN_IRELAND);
	}
}
