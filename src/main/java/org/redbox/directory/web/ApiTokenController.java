package org.redbox.directory.web;

import java.util.UUID;

import org.redbox.directory.SignedInStaff;
import org.redbox.directory.internal.ApiTokenAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signed-in staff manage their own API tokens. A new token is shown once, in the response to
 * its creation (never stored in the session or anywhere else), and can be revoked at any time.
 */
@Controller
@RequestMapping("/account/api-tokens")
class ApiTokenController {

	private final ApiTokenAdministration tokens;

	ApiTokenController(ApiTokenAdministration tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(SignedInStaff by, Model model) {
		model.addAttribute("tokens", tokens.tokensOf(by));
		return "account/api-tokens";
	}

	@PostMapping
	String create(SignedInStaff by, @RequestParam(defaultValue = "") String name, Model model) {
		if (name.isBlank()) {
			model.addAttribute("problem", "Name the token after what will use it, for example 'Casework import'");
		}
		else {
			model.addAttribute("issued", tokens.create(by, name));
		}
		return list(by, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(SignedInStaff by, @PathVariable UUID id, RedirectAttributes flash) {
		try {
			tokens.revoke(by, id);
			flash.addFlashAttribute("success", "Token revoked: requests with it are refused from now on");
		}
		catch (IllegalStateException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/account/api-tokens";
	}
}
