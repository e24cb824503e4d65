package org.claimtrace.source;

import java.util.Locale;
import java.util.Set;

import org.claimtrace.system.InvalidParametersException;
import org.claimtrace.system.NotFoundException;
import org.claimtrace.system.PagedResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API for sources (public GET). */
@RestController
@RequestMapping("/api/v1/sources")
class SourceApiController {

	static final int MAX_SIZE = 200;

	private static final Set<String> KINDS = Set.of("GOVERNMENT", "MILITARY", "INTELLIGENCE", "OFFICIAL_PERSON",
			"PERSON", "NGO_THINK_TANK", "MEDIA", "UNNAMED_OFFICIALS", "OUTLET", "OTHER");

	private final SourceDirectory sources;

	SourceApiController(SourceDirectory sources) {
		this.sources = sources;
	}

	@GetMapping
	PagedResponse<SourceDirectory.SourceSummary> list(@RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		String upper = (kind != null && !kind.isBlank()) ? kind.strip().toUpperCase(Locale.ROOT) : null;
		if (upper != null && !KINDS.contains(upper)) {
			throw InvalidParametersException.of("kind", "Unknown kind of source.");
		}
		if (page < 0) {
			throw InvalidParametersException.of("page", "The page cannot be negative.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidParametersException.of("size", "The page size must be between 1 and " + MAX_SIZE + ".");
		}
		return PagedResponse.of(this.sources.list(upper, page, size), (s) -> s,
				"/api/v1/sources" + ((upper != null) ? "?kind=" + upper : ""));
	}

	@GetMapping("/{id}")
	SourceDirectory.SourceDetails show(@PathVariable Long id) {
		return this.sources.find(id).orElseThrow(() -> new NotFoundException("No source with id " + id + "."));
	}

}
