package org.claimtrace.admin;

import java.security.Principal;
import java.time.Duration;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors create, list and revoke their personal API tokens. */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenAdminController {

	private final ApiTokenService tokens;

	ApiTokenAdminController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(Principal principal, Model model) {
		model.addAttribute("tokens", this.tokens.list(principal.getName()));
		if (!model.containsAttribute("apiTokenForm")) {
			model.addAttribute("apiTokenForm", new ApiTokenForm());
		}
		return "admin/tokens/list";
	}

	@PostMapping
	String create(@Valid @ModelAttribute ApiTokenForm apiTokenForm, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("tokens", this.tokens.list(principal.getName()));
			return "admin/tokens/list";
		}
		ApiTokenService.CreatedToken created = this.tokens.create(principal.getName(), apiTokenForm.getName(),
				(apiTokenForm.getDays() > 0) ? Duration.ofDays(apiTokenForm.getDays()) : null);
		// shown once, on the page the redirect leads to; never stored in clear
		redirect.addFlashAttribute("createdToken", created);
		return "redirect:/admin/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable Long id, Principal principal, RedirectAttributes redirect) {
		this.tokens.revoke(id, principal.getName());
		redirect.addFlashAttribute("success", "flash.token.revoked");
		return "redirect:/admin/tokens";
	}

}
