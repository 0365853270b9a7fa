package org.redbox.web;

import org.redbox.correspondence.Caseload;
import org.redbox.directory.SignedInStaff;
import org.redbox.notifications.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the home page. */
@Controller
class HomeController {

	private final Caseload caseload;
	private final Notices notices;

	HomeController(Caseload caseload, Notices notices) {
		this.caseload = caseload;
		this.notices = notices;
	}

	@GetMapping("/sign-in")
	String signIn() {
		return "sign-in";
	}

	@GetMapping("/")
	String home(SignedInStaff staff, Model model) {
		model.addAttribute("roles", staff.grants().stream().map(g -> g.role().displayName()).distinct().sorted().toList());
		model.addAttribute("worksCases", staff.grants().stream().anyMatch(g -> LayoutAdvice.CASE_ROLES.contains(g.role())));
		model.addAttribute("caseload", caseload.summaryFor(staff));
		model.addAttribute("notices", notices.latestFor(staff.id(), 5));
		return "home";
	}
}
