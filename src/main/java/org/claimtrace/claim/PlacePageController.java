package org.claimtrace.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrace.location.PlaceDirectory;
import org.claimtrace.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One place: where it is and the claims made about it and the places inside it. */
@Controller
class PlacePageController {

	private final ClaimExplorer explorer;

	private final PlaceDirectory places;

	private final JsonMapper json;

	PlacePageController(ClaimExplorer explorer, PlaceDirectory places, JsonMapper json) {
		this.explorer = explorer;
		this.places = places;
		this.json = json;
	}

	/**
	 * One point on the mini map (the site script draws them; the page lists them too).
	 */
	record Marker(double lat, double lon, String label, String href) {
	}

	@GetMapping("/places/{id}")
	String show(@PathVariable Long id, @RequestParam Map<String, String> params, Model model) {
		PlaceDirectory.PlaceDetails place = this.places.find(id)
			.orElseThrow(() -> new NotFoundException("No place with id " + id + "."));
		ClaimFilter.Parsed parsed = ClaimFilter.parse(params);
		ClaimFilter filter = parsed.filter().withPlace(id);
		Page<ClaimRow> page = this.explorer.find(filter);
		Map<Long, Marker> markers = new LinkedHashMap<>();
		markers.put(place.id(), new Marker(place.latitude(), place.longitude(), place.name(), "/places/" + place.id()));
		for (ClaimRow claim : page.getContent()) {
			ClaimRow.PlaceRef p = claim.place();
			if (p != null && p.latitude() != null && p.longitude() != null) {
				markers.putIfAbsent(p.id(), new Marker(p.latitude(), p.longitude(), p.name(), "/places/" + p.id()));
			}
		}
		model.addAttribute("place", place);
		model.addAttribute("stats", this.explorer.stats(ClaimFilter.all().withPlace(id)));
		model.addAttribute("filter", filter);
		model.addAttribute("errors", parsed.errors());
		model.addAttribute("page", page);
		model.addAttribute("markers", new ArrayList<>(markers.values()));
		model.addAttribute("markersJson", this.json.writeValueAsString(List.copyOf(markers.values())));
		model.addAttribute("baseUrl", "/places/" + id + "?" + filter.withPlace(null).queryStringWithSort());
		return "places/show";
	}

}
