package org.claimtrace.claim;

import org.claimtrace.system.MapMarkers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /map}: every located claim on a clustered map, and the list of places with their
 * claim counts under it (the page without JavaScript or tiles).
 */
@Controller
class MapController {

	private final ClaimAnalysisService analysis;

	MapController(ClaimAnalysisService analysis) {
		this.analysis = analysis;
	}

	@GetMapping("/map")
	String map(Model model) {
		ClaimAnalysisService.MapData data = this.analysis.located();
		model.addAttribute("data", data);
		model.addAttribute("markers",
				MapMarkers.json(data.claims()
					.stream()
					.map((c) -> new MapMarkers.Marker(c.latitude(), c.longitude(), c.label(), c.href()))
					.toList()));
		return "claims/map";
	}

}
