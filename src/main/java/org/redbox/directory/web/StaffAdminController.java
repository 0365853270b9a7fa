package org.redbox.directory.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.redbox.directory.Role;
import org.redbox.directory.RoleGrant;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.StaffAccount;
import org.redbox.directory.internal.DirectoryAdministration;
import org.redbox.directory.internal.DirectoryRecords;
import org.redbox.directory.internal.InvalidRequest;
import org.redbox.directory.web.AdminForms.DetailsForm;
import org.redbox.directory.web.AdminForms.GrantForm;
import org.redbox.directory.web.AdminForms.Option;
import org.redbox.directory.web.AdminForms.PasswordForm;
import org.redbox.directory.web.AdminForms.StaffForm;
import org.redbox.directory.web.AdminForms.TeamMembershipForm;
import org.redbox.shared.OfficeId;
import org.redbox.shared.ReadAuditor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for staff accounts: find, add, give and take roles, teams, passwords, deactivation. */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

	private static final int PAGE_SIZE = 25;

	private final DirectoryAdministration administration;
	private final DirectoryRecords records;
	private final ReadAuditor reads;

	StaffAdminController(DirectoryAdministration administration, DirectoryRecords records, ReadAuditor reads) {
		this.administration = administration;
		this.records = records;
		this.reads = reads;
	}

	@ModelAttribute("roles")
	List<Option> roles() {
		return Arrays.stream(Role.values()).map(r -> new Option(r.name(), r.displayName())).toList();
	}

	@ModelAttribute("officeOptions")
	List<Option> officeOptions(SignedInStaff by) {
		return records.offices().findAll().stream().filter(o -> by.holds(Role.ADMIN, o.id()))
				.sorted(Comparator.comparing(o -> o.name())).map(o -> new Option(o.id().toString(), o.name())).toList();
	}

	@GetMapping
	String list(SignedInStaff by, @RequestParam(required = false) String q, @RequestParam(required = false) UUID office,
			@RequestParam(defaultValue = "active") String status, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		UUID scope = office;
		if (!by.holdsEverywhere(Role.ADMIN) && (scope == null || !by.holds(Role.ADMIN, new OfficeId(scope)))) {
			scope = by.officesWhereHolding(Role.ADMIN).stream().map(OfficeId::value).sorted().findFirst().orElse(new UUID(0, 0));
		}
		Boolean active = switch (status) {
			case "inactive" -> false;
			case "all" -> null;
			default -> true;
		};
		Sort order = "email".equals(sort) ? Sort.by("email") : Sort.by("fullName");
		var results = records.staff().search(q == null || q.isBlank() ? null : q.strip(), scope, active == null,
				active == null || active,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, order));
		model.addAttribute("results", results);
		model.addAttribute("q", q);
		model.addAttribute("office", scope);
		model.addAttribute("status", status);
		model.addAttribute("sort", sort);
		model.addAttribute("officeNames", officeNames());
		return "admin/staff";
	}

	@GetMapping("/new")
	String newStaff(Model model) {
		model.addAttribute("staffForm", new StaffForm("", "", "", Role.CASEWORKER, null));
		return "admin/staff-new";
	}

	@PostMapping
	String create(SignedInStaff by, @Valid StaffForm staffForm, BindingResult errors, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return "admin/staff-new";
		}
		try {
			RoleGrant grant = grantOf(staffForm.role(), staffForm.office());
			StaffAccount account = administration.createStaff(by, staffForm.name(), staffForm.email(), staffForm.password(), grant);
			flash.addFlashAttribute("success", "Account created for " + account.fullName());
			return "redirect:/admin/staff/" + account.id();
		}
		catch (InvalidRequest e) {
			errors.rejectValue(e.field(), "invalid", e.getMessage());
			return "admin/staff-new";
		}
	}

	@GetMapping("/{id}")
	String account(SignedInStaff by, @PathVariable UUID id, Model model) {
		StaffAccount account = administration.viewableAccount(by, id);
		reads.recordRead(by.actor(), null, "StaffAccount", id.toString(), "viewed the staff account of " + account.fullName());
		model.addAttribute("account", account);
		model.addAttribute("mayManage", administration.mayManage(by, account));
		model.addAttribute("officeNames", officeNames());
		model.addAttribute("teams", records.teams().findAll().stream().filter(t -> by.holds(Role.ADMIN, t.officeId()))
				.sorted(Comparator.comparing(t -> t.name())).toList());
		model.addAttribute("teamNames", records.teams().findAllById(account.teamIds()).stream().map(t -> t.name()).sorted().toList());
		if (!model.containsAttribute("detailsForm")) {
			model.addAttribute("detailsForm", new DetailsForm(account.fullName(), account.email()));
		}
		if (!model.containsAttribute("grantForm")) {
			model.addAttribute("grantForm", new GrantForm(Role.CASEWORKER, null));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm(""));
		}
		if (!model.containsAttribute("teamMembershipForm")) {
			model.addAttribute("teamMembershipForm", new TeamMembershipForm(null));
		}
		return "admin/staff-account";
	}

	@PostMapping("/{id}/details")
	String details(SignedInStaff by, @PathVariable UUID id, @Valid DetailsForm detailsForm, BindingResult errors,
			Model model, RedirectAttributes flash) {
		return act(by, id, errors, model, flash, "Details saved",
				() -> administration.changeDetails(by, id, detailsForm.name(), detailsForm.email()));
	}

	@PostMapping("/{id}/grants")
	String grant(SignedInStaff by, @PathVariable UUID id, @Valid GrantForm grantForm, BindingResult errors,
			Model model, RedirectAttributes flash) {
		return act(by, id, errors, model, flash, "Role given",
				() -> administration.grant(by, id, grantOf(grantForm.role(), grantForm.office())));
	}

	@PostMapping("/{id}/grants/revoke")
	String revoke(SignedInStaff by, @PathVariable UUID id, @RequestParam Role role,
			@RequestParam(required = false) UUID office, RedirectAttributes flash, Model model) {
		return act(by, id, null, model, flash, "Role taken away",
				() -> administration.revoke(by, id, new RoleGrant(role, office)));
	}

	@PostMapping("/{id}/teams")
	String joinTeam(SignedInStaff by, @PathVariable UUID id, @Valid TeamMembershipForm teamMembershipForm,
			BindingResult errors, Model model, RedirectAttributes flash) {
		return act(by, id, errors, model, flash, "Added to the team",
				() -> administration.joinTeam(by, id, teamMembershipForm.team()));
	}

	@PostMapping("/{id}/teams/leave")
	String leaveTeam(SignedInStaff by, @PathVariable UUID id, @RequestParam UUID team, Model model,
			RedirectAttributes flash) {
		return act(by, id, null, model, flash, "Removed from the team", () -> administration.leaveTeam(by, id, team));
	}

	@PostMapping("/{id}/password")
	String password(SignedInStaff by, @PathVariable UUID id, @Valid PasswordForm passwordForm, BindingResult errors,
			Model model, RedirectAttributes flash) {
		return act(by, id, errors, model, flash, "Password set",
				() -> administration.setPassword(by, id, passwordForm.password()));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(SignedInStaff by, @PathVariable UUID id, Model model, RedirectAttributes flash) {
		return act(by, id, null, model, flash, "Account deactivated", () -> administration.deactivate(by, id));
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(SignedInStaff by, @PathVariable UUID id, Model model, RedirectAttributes flash) {
		return act(by, id, null, model, flash, "Account reactivated", () -> administration.reactivate(by, id));
	}

	/** Runs an action; on a validation problem shows the account page again with the error beside its field. */
	private String act(SignedInStaff by, UUID id, BindingResult errors, Model model, RedirectAttributes flash,
			String done, Runnable action) {
		if (errors == null || !errors.hasErrors()) {
			try {
				action.run();
				flash.addFlashAttribute("success", done);
				return "redirect:/admin/staff/" + id;
			}
			catch (InvalidRequest e) {
				if (errors != null && errors.getTarget() != null && hasField(errors, e.field())) {
					errors.rejectValue(e.field(), "invalid", e.getMessage());
				}
				else {
					model.addAttribute("problem", e.getMessage());
				}
			}
		}
		return account(by, id, model);
	}

	private static boolean hasField(BindingResult errors, String field) {
		return Arrays.stream(errors.getTarget().getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
	}

	private static RoleGrant grantOf(Role role, UUID office) {
		return office == null ? RoleGrant.everywhere(role) : RoleGrant.inOffice(role, new OfficeId(office));
	}

	private java.util.Map<UUID, String> officeNames() {
		var names = new java.util.HashMap<UUID, String>();
		records.offices().findAll().forEach(o -> names.put(o.id().value(), o.name()));
		return names;
	}
}
