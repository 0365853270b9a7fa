package org.redbox.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.redbox.directory.CurrentStaff;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page what the layout shows: who is signed in, their office, the navigation and the demo banner. */
@ControllerAdvice
class LayoutAdvice {

	/** Roles that work or read the caseload (correspondence decides each case's access itself). */
	static final java.util.Set<Role> CASE_ROLES = java.util.EnumSet.of(Role.PRINCIPAL, Role.CHIEF_OF_STAFF,
			Role.CORRESPONDENCE_MANAGER, Role.CASEWORKER, Role.DIARY_MANAGER, Role.POLICY_OFFICER, Role.OFFICE_MANAGER);

	/** Roles that see the office's intake (mail in quarantine, mailboxes); intake checks each office itself. */
	static final java.util.Set<Role> INTAKE_ROLES = java.util.EnumSet.of(Role.CASEWORKER, Role.CORRESPONDENCE_MANAGER,
			Role.CHIEF_OF_STAFF, Role.ADMIN);

	/** Roles that write, commission or read briefings (the briefings module decides each briefing's access itself). */
	static final java.util.Set<Role> BRIEFING_ROLES = java.util.EnumSet.of(Role.POLICY_OFFICER, Role.DIARY_MANAGER,
			Role.CHIEF_OF_STAFF, Role.PRINCIPAL);

	private final CurrentStaff currentStaff;
	private final DirectoryManagement directory;
	private final org.redbox.notifications.Notices notices;

	LayoutAdvice(CurrentStaff currentStaff, DirectoryManagement directory, org.redbox.notifications.Notices notices) {
		this.currentStaff = currentStaff;
		this.directory = directory;
		this.notices = notices;
	}

	/** The zone times are shown in (a model attribute, so templates need no type lookup on each render). */
	@ModelAttribute("london")
	java.time.ZoneId london() {
		return org.redbox.RedboxApplication.LONDON;
	}

	@ModelAttribute("demo")
	boolean demo(HttpServletRequest request) {
		return !isApi(request) && directory.isDemo();
	}

	@ModelAttribute("signedIn")
	SignedInStaff signedIn() {
		return currentStaff.get().orElse(null);
	}

	/**
	 * The signed-in person's offices by name; read only if the page shows the layout (a save that redirects, or
	 * the API, never does).
	 */
	@ModelAttribute("currentOffice")
	Object currentOffice(HttpServletRequest request) {
		Optional<SignedInStaff> staff = currentStaff.get();
		if (staff.isEmpty() || isApi(request)) {
			return null;
		}
		return Lazily.of(() -> officeNames(staff.get()));
	}

	private String officeNames(SignedInStaff staff) {
		List<String> names = staff.offices().stream().map(directory::office).flatMap(Optional::stream)
				.map(OfficeSummary::name).sorted().toList();
		if (names.isEmpty()) {
			return staff.grants().stream().anyMatch(g -> g.isAuthorityWide()) ? "All offices" : null;
		}
		return String.join(", ", names);
	}

	/** The navigation for the signed-in person; worked out (with the unread notices) only if the page shows it. */
	@ModelAttribute("navigation")
	Object navigation(HttpServletRequest request) {
		if (isApi(request)) {
			return List.of();
		}
		return Lazily.of(() -> navigationFor(currentStaff.get()));
	}

	private List<NavigationItem> navigationFor(Optional<SignedInStaff> signedIn) {
		List<NavigationItem> items = new ArrayList<>();
		signedIn.ifPresent(staff -> {
			items.add(new NavigationItem("Home", "/"));
			if (staff.grants().stream().anyMatch(g -> CASE_ROLES.contains(g.role()))) {
				items.add(new NavigationItem("Cases", "/cases"));
				items.add(new NavigationItem("Campaigns", "/campaigns"));
				// The same office staff see their principals' diaries (the diary module decides what of each).
				items.add(new NavigationItem("Diary", "/diary"));
			}
			// The head of office and the diary managers decide invitations at the diary meeting.
			if (staff.grants().stream().anyMatch(g -> g.role() == Role.CHIEF_OF_STAFF || g.role() == Role.DIARY_MANAGER)) {
				items.add(new NavigationItem("Diary meeting", "/diary/meeting"));
			}
			// Logging post and calls (intake) is for those who work cases, not the principal or the auditor.
			if (staff.grants().stream().anyMatch(g -> CASE_ROLES.contains(g.role()) && g.role() != Role.PRINCIPAL)) {
				items.add(new NavigationItem("Post and calls", "/intake/post"));
			}
			// Contributors see only what a case sends them, never the office's contacts.
			if (staff.grants().stream().anyMatch(grant -> grant.role() != Role.CONTRIBUTOR)) {
				items.add(new NavigationItem("Contacts", "/contacts"));
			}
			if (!staff.teams().isEmpty() || staff.holds(Role.CONTRIBUTOR)) {
				items.add(new NavigationItem("Contributions", "/contributions"));
			}
			// Briefings: the policy teams write them; diary managers, the head of office and the principal follow them.
			if (staff.grants().stream().anyMatch(g -> BRIEFING_ROLES.contains(g.role()))) {
				items.add(new NavigationItem("Briefings", "/briefings"));
			}
			if (staff.grants().stream().anyMatch(g -> g.role() == Role.CORRESPONDENCE_MANAGER || g.role() == Role.CHIEF_OF_STAFF)) {
				items.add(new NavigationItem("Letters", "/letters"));
			}
			if (staff.grants().stream().anyMatch(g -> INTAKE_ROLES.contains(g.role()))) {
				items.add(new NavigationItem("Intake", "/intake"));
			}
			items.add(new NavigationItem("Deadlines", "/deadlines"));
			long unread = notices.unreadCount(staff.id());
			items.add(new NavigationItem(unread == 0 ? "Notices" : "Notices (" + unread + ")", "/notices"));
			if (staff.holds(Role.ADMIN)) {
				items.add(new NavigationItem("Offices", "/admin"));
				items.add(new NavigationItem("Staff", "/admin/staff"));
				items.add(new NavigationItem("Bank holidays", "/admin/holidays"));
			}
			if (staff.holdsEverywhere(Role.ADMIN)) {
				items.add(new NavigationItem("Search index", "/admin/search-index"));
			}
			if (staff.holds(Role.AUDITOR)) {
				items.add(new NavigationItem("Audit trail", "/audit"));
			}
		});
		return items;
	}

	/** The JSON API renders no layout: it is spared the lookups (office names, unread notices) pages make. */
	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
