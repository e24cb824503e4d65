package org.claimtrace.location;

import java.util.List;

import org.claimtrace.system.InvalidParametersException;
import org.claimtrace.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API for the gazetteer (public GET). */
@RestController
@RequestMapping("/api/v1/places")
class PlaceApiController {

	private final PlaceDirectory places;

	PlaceApiController(PlaceDirectory places) {
		this.places = places;
	}

	record PlaceList(String q, int limit, List<PlaceDirectory.PlaceDetails> items) {
	}

	/** Places whose name starts with q, at most {@link PlaceDirectory#MAX_RESULTS}. */
	@GetMapping
	PlaceList search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "20") int limit) {
		if (q == null || q.isBlank() || q.strip().length() < 2 || q.length() > 200) {
			throw InvalidParametersException.of("q", "Enter 2 to 200 characters of a place name.");
		}
		if (limit < 1 || limit > PlaceDirectory.MAX_RESULTS) {
			throw InvalidParametersException.of("limit",
					"The limit must be between 1 and " + PlaceDirectory.MAX_RESULTS + ".");
		}
		return new PlaceList(q.strip(), limit, this.places.search(q.strip(), limit));
	}

	@GetMapping("/{id}")
	PlaceDirectory.PlaceDetails show(@PathVariable Long id) {
		return this.places.find(id).orElseThrow(() -> new NotFoundException("No place with id " + id + "."));
	}

}
