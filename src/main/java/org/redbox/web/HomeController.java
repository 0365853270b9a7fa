package org.redbox.web;

import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the home page. */
@Controller
class HomeController {

	@GetMapping("/sign-in")
	String signIn() {
		return "sign-in";
	}

	@GetMapping("/")
	String home(SignedInStaff staff, Model model) {
		model.addAttribute("roles", staff.grants().stream().map(g -> g.role().displayName()).distinct().sorted().toList());
		return "home";
	}
}
