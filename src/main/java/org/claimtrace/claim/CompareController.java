package org.claimtrace.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimtrace.system.MapMarkers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /compare}: one subject's figures side by side by source over time, as a table
 * (works without JavaScript) and a chart.
 */
@Controller
class CompareController {

	static final int MAX_PARTY_LENGTH = 100;

	private final ClaimAnalysisService analysis;

	CompareController(ClaimAnalysisService analysis) {
		this.analysis = analysis;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(required = false) String kind, @RequestParam(required = false) String party,
			@RequestParam(required = false) String place, Model model) {
		ClaimAnalysisService.CompareOptions options = this.analysis.compareOptions();
		List<String> errors = new ArrayList<>();
		String chosenKind = blankToNull(kind);
		String chosenParty = blankToNull(party);
		Long placeId = null;
		if (chosenKind != null) {
			chosenKind = chosenKind.toLowerCase(Locale.ROOT);
			if (!options.hasKind(chosenKind)) {
				errors.add("There are no figures of the kind \u201c" + abbreviate(kind)
						+ "\u201d. Choose one from the list.");
			}
		}
		if (chosenParty != null && chosenParty.length() > MAX_PARTY_LENGTH) {
			errors.add("The party can be at most " + MAX_PARTY_LENGTH + " characters.");
		}
		if (blankToNull(place) != null) {
			try {
				Long id = Long.valueOf(place.strip());
				if (options.places().stream().anyMatch((p) -> p.id().equals(id))) {
					placeId = id;
				}
				else {
					errors.add("No figures are located at that place. Choose one from the list.");
				}
			}
			catch (NumberFormatException ex) {
				errors.add("Choose the place from the list.");
			}
		}
		model.addAttribute("options", options);
		model.addAttribute("kind", chosenKind);
		model.addAttribute("party", (chosenParty != null) ? abbreviate(chosenParty) : null);
		model.addAttribute("place", placeId);
		model.addAttribute("errors", errors);
		if (chosenKind != null && errors.isEmpty()) {
			ClaimAnalysisService.Comparison comparison = this.analysis
				.compare(new ClaimAnalysisService.Subject(chosenKind, chosenParty, placeId));
			model.addAttribute("comparison", comparison);
			model.addAttribute("chartJson", MapMarkers.island(comparison.chart()));
		}
		return "claims/compare";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String abbreviate(String value) {
		String stripped = value.strip();
		return (stripped.length() <= MAX_PARTY_LENGTH) ? stripped : stripped.substring(0, MAX_PARTY_LENGTH) + "\u2026";
	}

}
