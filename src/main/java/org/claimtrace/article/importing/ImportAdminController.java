package org.claimtrace.article.importing;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.claimtrace.system.PayloadTooLargeException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors upload files to import and watch their progress. */
@Controller
@RequestMapping("/admin/imports")
class ImportAdminController {

	/** Seconds between refreshes of a running job's page (no JavaScript needed). */
	static final int REFRESH_SECONDS = 2;

	private final ImportService imports;

	ImportAdminController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobs", this.imports.recent());
		return "admin/imports/list";
	}

	@PostMapping
	String create(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false, defaultValue = "auto") String format, Principal principal, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return refuse(model, "import.file.required");
		}
		try {
			ImportJobView job = this.imports.submit(file.getOriginalFilename(), format, file.getBytes(),
					principal.getName());
			redirect.addFlashAttribute("success", "flash.import.queued");
			return "redirect:/admin/imports/" + job.id();
		}
		catch (PayloadTooLargeException ex) {
			return refuse(model, "import.file.tooLarge");
		}
		catch (IllegalArgumentException ex) {
			return refuse(model, "import.format.unknown");
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model, HttpServletResponse response) {
		ImportJobView job = this.imports.view(id);
		model.addAttribute("job", job);
		model.addAttribute("failures", this.imports.failures(id));
		if (!job.isFinished()) {
			response.setHeader("Refresh", Integer.toString(REFRESH_SECONDS));
			model.addAttribute("refreshSeconds", REFRESH_SECONDS);
		}
		return "admin/imports/show";
	}

	private String refuse(Model model, String message) {
		model.addAttribute("jobs", this.imports.recent());
		model.addAttribute("uploadError", message);
		return "admin/imports/list";
	}

}
