package org.claimtrace.source;

import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.claimtrace.system.DuplicateResourceException;
import org.claimtrace.system.EditConflictException;

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

/** Editors tidy sources: rename, set the kind, merge duplicates. */
@Controller
@RequestMapping("/admin/sources")
class SourceAdminController {

	private static final String FORM = "admin/sources/form";

	private final SourceService sources;

	SourceAdminController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query, Model model) {
		model.addAttribute("sources", this.sources.list(query));
		model.addAttribute("q", query);
		return "admin/sources/list";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable Long id, Model model) {
		SourceSummary source = this.sources.details(id);
		model.addAttribute("sourceForm", SourceForm.of(source));
		return prepare(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute SourceForm sourceForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return prepare(id, model);
		}
		try {
			this.sources.update(id, sourceForm.getName(), sourceForm.getKind(), sourceForm.getVersion(),
					principal.getName());
			redirect.addFlashAttribute("success", "flash.source.updated");
			return "redirect:/admin/sources/" + id;
		}
		catch (DuplicateResourceException ex) {
			result.rejectValue("name", "source.name.taken", ex.getMessage());
			return prepare(id, model);
		}
		catch (EditConflictException ex) {
			SourceSummary saved = this.sources.details(id);
			model.addAttribute("conflict", saved);
			sourceForm.setVersion(saved.version());
			result.reject("source.conflict");
			return prepare(id, model);
		}
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable Long id, @RequestParam(name = "targetId", required = false) Long targetId,
			Principal principal, RedirectAttributes redirect) {
		if (targetId == null) {
			redirect.addFlashAttribute("error", "flash.source.chooseTarget");
			return "redirect:/admin/sources/" + id;
		}
		try {
			this.sources.merge(id, targetId, principal.getName());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "flash.source.mergeSelf");
			return "redirect:/admin/sources/" + id;
		}
		redirect.addFlashAttribute("success", "flash.source.merged");
		return "redirect:/admin/sources/" + targetId;
	}

	private String prepare(Long id, Model model) {
		model.addAttribute("source", this.sources.details(id));
		model.addAttribute("kinds", SourceService.kinds());
		model.addAttribute("others", this.sources.list(null).stream().filter((s) -> !s.id().equals(id)).toList());
		return FORM;
	}

	static class SourceForm {

		@NotBlank(message = "{source.name.required}")
		@Size(max = 300, message = "{source.name.size}")
		private String name;

		@NotNull(message = "{source.kind.required}")
		private String kind;

		private long version;

		static SourceForm of(SourceSummary source) {
			SourceForm form = new SourceForm();
			form.name = source.name();
			form.kind = source.kind();
			form.version = source.version();
			return form;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
