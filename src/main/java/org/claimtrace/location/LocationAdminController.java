package org.claimtrace.location;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins add villages by importing full GeoNames country dumps (RU.txt, UA.txt). */
@Controller
class LocationAdminController {

	private final LocationService locations;

	LocationAdminController(LocationService locations) {
		this.locations = locations;
	}

	@GetMapping("/admin/places/import")
	String importForm() {
		return "admin/places/import";
	}

	@PostMapping("/admin/places/import")
	String importDump(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("importError", "Choose a GeoNames country file (for example RU.txt) first.");
			return "redirect:/admin/places/import";
		}
		try (InputStream in = file.getInputStream()) {
			LocationService.ImportSummary summary = this.locations.importGeonamesDump(in);
			redirect.addFlashAttribute("importResult", summary);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			redirect.addFlashAttribute("importError", "That file is not a GeoNames country dump: " + ex.getMessage());
		}
		return "redirect:/admin/places/import";
	}

}
