package org.redbox.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.redbox.directory.internal.DemoSettings;
import org.redbox.directory.internal.Offices;
import org.redbox.directory.internal.PrincipalPosts;
import org.redbox.directory.internal.StaffAccounts;
import org.redbox.directory.internal.Teams;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's API for other modules: offices and staff, read-only. */
@Service
@Transactional(readOnly = true)
public class DirectoryManagement {

	private final Offices offices;
	private final StaffAccounts staff;
	private final Teams teams;
	private final DemoSettings demo;
	private final PrincipalPosts posts;

	DirectoryManagement(Offices offices, StaffAccounts staff, Teams teams, DemoSettings demo, PrincipalPosts posts) {
		this.offices = offices;
		this.posts = posts;
		this.staff = staff;
		this.teams = teams;
		this.demo = demo;
	}

	/** Whether this installation runs on demo data, so that every page can say so (a setting: no transaction). */
	@org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public boolean isDemo() {
		return demo.enabled();
	}

	/** The office with this code, whatever its case (one indexed lookup, e.g. for an API request naming it). */
	public Optional<OfficeSummary> officeWithCode(String code) {
		return offices.findByCodeIgnoreCase(code).map(OfficeSummary::of);
	}

	public Optional<OfficeSummary> office(OfficeId id) {
		return offices.findById(id.value()).map(OfficeSummary::of);
	}

	/** Every office of the authority, by name. */
	public List<OfficeSummary> offices() {
		return offices.findAll().stream().map(OfficeSummary::of)
				.sorted(Comparator.comparing(OfficeSummary::name)).toList();
	}

	/** The active account signed in as {@code email}, with its current roles. */
	public Optional<SignedInStaff> activeStaff(String email) {
		return staff.findWithRolesByEmail(StaffAccount.normaliseEmail(email)).filter(StaffAccount::isActive)
				.map(StaffAccount::asSignedIn);
	}

	/** A team, with its office and name. */
	public Optional<TeamSummary> team(java.util.UUID id) {
		return teams.findById(id).map(t -> new TeamSummary(t.id(), t.officeId(), t.name()));
	}

	/** The teams of an office, by name. */
	public List<TeamSummary> teams(OfficeId office) {
		return teams.findByOfficeIdOrderByName(office.value()).stream()
				.map(t -> new TeamSummary(t.id(), t.officeId(), t.name())).toList();
	}

	/** Active staff holding any role in {@code office}, by name (for allocation lists). */
	public List<SignedInStaff> activeStaffOf(OfficeId office) {
		return staff.findActiveIn(office.value()).stream().map(StaffAccount::asSignedIn).sorted(Comparator.comparing(SignedInStaff::name)).toList();
	}

	/** The active members of a team (e.g. to tell them of a request to the team). */
	public List<SignedInStaff> activeMembersOf(java.util.UUID team) {
		return staff.findAllActive().stream().map(StaffAccount::asSignedIn)
				.filter(s -> s.isInTeam(team)).sorted(Comparator.comparing(SignedInStaff::name)).toList();
	}

	/** An active member of staff by id (e.g. to email them); empty once deactivated. */
	public Optional<SignedInStaff> activeStaff(StaffId id) {
		return staff.findById(id.value()).filter(StaffAccount::isActive).map(StaffAccount::asSignedIn);
	}

	public Optional<String> staffName(StaffId id) {
		return staff.findById(id.value()).map(StaffAccount::fullName);
	}

	/** Who held the office's principal post on {@code date} (the first post by title, if several), for signing letters. */
	public Optional<PostHolder> principalOn(OfficeId office, java.time.LocalDate date) {
		return posts.findByOfficeIdOrderByTitle(office.value()).stream()
				.flatMap(post -> post.holderOn(date).map(t -> new PostHolder(t.holderName(), post.title())).stream())
				.findFirst();
	}

	/** Every principal's post of the authority, with its holder on {@code date}, by title. */
	public List<PrincipalPostSummary> principalPosts(java.time.LocalDate date) {
		return posts.findAll().stream().map(post -> PrincipalPostSummary.of(post, date))
				.sorted(Comparator.comparing(PrincipalPostSummary::title)).toList();
	}

	/** One principal's post, with its holder on {@code date}. */
	public Optional<PrincipalPostSummary> principalPost(java.util.UUID id, java.time.LocalDate date) {
		return posts.findById(id).map(post -> PrincipalPostSummary.of(post, date));
	}
}
