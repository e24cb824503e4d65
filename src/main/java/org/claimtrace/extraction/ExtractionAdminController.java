package org.claimtrace.extraction;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors see extraction jobs (status, attempts, errors) and ask for re-extraction. */
@Controller
class ExtractionAdminController {

	private final ExtractionService extraction;

	ExtractionAdminController(ExtractionService extraction) {
		this.extraction = extraction;
	}

	@GetMapping("/admin/extraction")
	String list(Model model) {
		model.addAttribute("jobs", this.extraction.recentJobs(100));
		model.addAttribute("extractorVersion", this.extraction.extractorVersion());
		return "admin/extraction/list";
	}

	@GetMapping("/admin/articles/{id}/extraction")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("jobs", this.extraction.jobsOf(id));
		model.addAttribute("articleId", id);
		model.addAttribute("extractorVersion", this.extraction.extractorVersion());
		return "admin/extraction/list";
	}

	@PostMapping("/admin/articles/{id}/extract")
	String reextract(@PathVariable Long id, RedirectAttributes redirect) {
		this.extraction.reextract(id);
		redirect.addFlashAttribute("success", "flash.extraction.queued");
		return "redirect:/admin/articles/" + id;
	}

}
