package org.claimtrace.admin;

import java.security.Principal;

import jakarta.validation.Valid;

import org.claimtrace.system.DuplicateResourceException;

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

/** Admins manage editor accounts. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAccountService users;

	UserAdminController(UserAccountService users) {
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.users.list());
		if (!model.containsAttribute("userForm")) {
			model.addAttribute("userForm", new UserForm());
		}
		return "admin/users/list";
	}

	@PostMapping
	String create(@Valid @ModelAttribute UserForm userForm, BindingResult result, Principal principal, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.users.create(userForm.getUsername(), userForm.getPassword(), userForm.getDisplayName(),
						userForm.getRole(), principal.getName());
				redirect.addFlashAttribute("success", "flash.user.created");
				return "redirect:/admin/users";
			}
			catch (DuplicateResourceException ex) {
				result.rejectValue("username", "user.username.taken");
			}
		}
		model.addAttribute("users", this.users.list());
		return "admin/users/list";
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.users.setEnabled(id, enabled, principal.getName());
			redirect.addFlashAttribute("success", enabled ? "flash.user.enabled" : "flash.user.disabled");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "flash.user.selfDisable");
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @RequestParam String password, Principal principal,
			RedirectAttributes redirect) {
		if (password == null || password.length() < 12 || password.length() > 128) {
			redirect.addFlashAttribute("error", "flash.user.passwordSize");
			return "redirect:/admin/users";
		}
		this.users.resetPassword(id, password, principal.getName());
		redirect.addFlashAttribute("success", "flash.user.passwordReset");
		return "redirect:/admin/users";
	}

}
