package org.redbox.directory.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.redbox.directory.Office;
import org.redbox.directory.PrincipalPost;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.internal.DirectoryAdministration;
import org.redbox.directory.internal.DirectoryRecords;
import org.redbox.directory.internal.InvalidRequest;
import org.redbox.directory.web.AdminForms.AppointmentForm;
import org.redbox.directory.web.AdminForms.EndTermForm;
import org.redbox.directory.web.AdminForms.OfficeForm;
import org.redbox.directory.web.AdminForms.Option;
import org.redbox.directory.web.AdminForms.PostForm;
import org.redbox.directory.web.AdminForms.TeamForm;
import org.redbox.shared.OfficeId;
import org.redbox.shared.Jurisdiction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for offices, their teams and their principals' posts. */
@Controller
@RequestMapping("/admin")
class OfficeAdminController {

	private final DirectoryAdministration administration;
	private final DirectoryRecords records;

	OfficeAdminController(DirectoryAdministration administration, DirectoryRecords records) {
		this.administration = administration;
		this.records = records;
	}

	@ModelAttribute("jurisdictions")
	List<Option> jurisdictions() {
		return Arrays.stream(Jurisdiction.values()).map(j -> new Option(j.name(), j.displayName())).toList();
	}

	@GetMapping
	String offices(SignedInStaff by, Model model) {
		List<Office> offices = records.offices().findAll().stream()
				.filter(o -> by.holds(org.redbox.directory.Role.ADMIN, o.id()))
				.sorted(java.util.Comparator.comparing(Office::name)).toList();
		model.addAttribute("offices", offices);
		model.addAttribute("mayCreate", administration.mayCreateOffices(by));
		return "admin/offices";
	}

	@GetMapping("/offices/new")
	String newOffice(Model model) {
		model.addAttribute("officeForm", OfficeForm.empty());
		return "admin/office-new";
	}

	@PostMapping("/offices")
	String createOffice(SignedInStaff by, @Valid OfficeForm officeForm, BindingResult errors, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return "admin/office-new";
		}
		try {
			Office office = administration.createOffice(by, officeForm.name(), officeForm.code(), officeForm.jurisdiction());
			flash.addFlashAttribute("success", "Office " + office.name() + " created");
			return "redirect:/admin/offices/" + office.id();
		}
		catch (InvalidRequest e) {
			errors.rejectValue(e.field(), "invalid", e.getMessage());
			return "admin/office-new";
		}
	}

	@GetMapping("/offices/{id}")
	String office(SignedInStaff by, @PathVariable UUID id, Model model) {
		return officePage(by, new OfficeId(id), model);
	}

	@PostMapping("/offices/{id}/teams")
	String addTeam(SignedInStaff by, @PathVariable UUID id, @Valid TeamForm teamForm, BindingResult errors,
			Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				administration.addTeam(by, new OfficeId(id), teamForm.name());
				flash.addFlashAttribute("success", "Team " + teamForm.name().strip() + " added");
				return "redirect:/admin/offices/" + id;
			}
			catch (InvalidRequest e) {
				errors.rejectValue(e.field(), "invalid", e.getMessage());
			}
		}
		return officePage(by, new OfficeId(id), model);
	}

	@PostMapping("/offices/{id}/posts")
	String addPost(SignedInStaff by, @PathVariable UUID id, @Valid PostForm postForm, BindingResult errors,
			Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return officePage(by, new OfficeId(id), model);
		}
		administration.addPost(by, new OfficeId(id), postForm.title());
		flash.addFlashAttribute("success", "Post " + postForm.title().strip() + " added");
		return "redirect:/admin/offices/" + id;
	}

	@PostMapping("/posts/{postId}/appointments")
	String appoint(SignedInStaff by, @PathVariable UUID postId, @Valid AppointmentForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		PrincipalPost post = records.post(postId);
		String problem = errors.hasErrors() ? errors.getAllErrors().get(0).getDefaultMessage() : null;
		if (problem == null) {
			try {
				administration.appoint(by, postId, form.holderName(), null, form.startsOn());
				flash.addFlashAttribute("success", form.holderName().strip() + " holds " + post.title() + " from " + form.startsOn());
				return "redirect:/admin/offices/" + post.officeId();
			}
			catch (InvalidRequest e) {
				problem = e.getMessage();
			}
		}
		model.addAttribute("postProblem", new PostProblem(postId, problem));
		return officePage(by, post.officeId(), model);
	}

	@PostMapping("/posts/{postId}/end-term")
	String endTerm(SignedInStaff by, @PathVariable UUID postId, @Valid EndTermForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		PrincipalPost post = records.post(postId);
		String problem = errors.hasErrors() ? errors.getAllErrors().get(0).getDefaultMessage() : null;
		if (problem == null) {
			try {
				administration.endTerm(by, postId, form.endsOn());
				flash.addFlashAttribute("success", "Term in " + post.title() + " ends on " + form.endsOn());
				return "redirect:/admin/offices/" + post.officeId();
			}
			catch (InvalidRequest e) {
				problem = e.getMessage();
			}
		}
		model.addAttribute("postProblem", new PostProblem(postId, problem));
		return officePage(by, post.officeId(), model);
	}

	private String officePage(SignedInStaff by, OfficeId id, Model model) {
		Office office = administration.administeredOffice(by, id);
		model.addAttribute("office", office);
		model.addAttribute("teams", records.teams().findByOfficeIdOrderByName(id.value()));
		model.addAttribute("posts", records.posts().findByOfficeIdOrderByTitle(id.value()));
		if (!model.containsAttribute("teamForm")) {
			model.addAttribute("teamForm", new TeamForm(""));
		}
		if (!model.containsAttribute("postForm")) {
			model.addAttribute("postForm", new PostForm(""));
		}
		return "admin/office";
	}

	/** A problem with an appointment or end of term, shown beside the post it concerns. */
	record PostProblem(UUID postId, String message) {
	}
}
