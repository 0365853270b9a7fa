package org.redbox.directory.internal;

import java.util.UUID;

import org.redbox.directory.Office;
import org.redbox.directory.PrincipalPost;
import org.redbox.directory.StaffAccount;
import org.redbox.directory.Team;
import org.redbox.shared.OfficeId;
import org.springframework.stereotype.Component;

/** The directory's repositories in one place, with look-ups that fail as "not found" (404). */
@Component
public class DirectoryRecords {

	private final Offices offices;
	private final Teams teams;
	private final PrincipalPosts posts;
	private final StaffAccounts staff;
	private final Authorities authorities;

	DirectoryRecords(Offices offices, Teams teams, PrincipalPosts posts, StaffAccounts staff, Authorities authorities) {
		this.offices = offices;
		this.teams = teams;
		this.posts = posts;
		this.staff = staff;
		this.authorities = authorities;
	}

	public Offices offices() {
		return offices;
	}

	public Teams teams() {
		return teams;
	}

	public PrincipalPosts posts() {
		return posts;
	}

	public StaffAccounts staff() {
		return staff;
	}

	public Office office(OfficeId id) {
		return offices.findById(id.value()).orElseThrow(() -> new NotFound("office"));
	}

	public Team team(UUID id) {
		return teams.findById(id).orElseThrow(() -> new NotFound("team"));
	}

	public PrincipalPost post(UUID id) {
		return posts.findById(id).orElseThrow(() -> new NotFound("post"));
	}

	public StaffAccount account(UUID id) {
		return staff.findById(id).orElseThrow(() -> new NotFound("staff account"));
	}

	UUID authorityId() {
		return authorities.findAll().stream().findFirst().map(Authority::id)
				.orElseThrow(() -> new IllegalStateException("No authority: the directory was not set up"));
	}

	boolean hasAuthority() {
		return authorities.count() > 0;
	}

	UUID createAuthority(String name) {
		return authorities.save(new Authority(name)).id();
	}
}
