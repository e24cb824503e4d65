package org.claimtrace.claim;

import java.util.Locale;
import java.util.Map;

import org.claimtrace.source.SourceDirectory;
import org.claimtrace.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Who makes claims: the source list with claim counts and one source with its claims. */
@Controller
class SourcePageController {

	static final int PAGE_SIZE = 50;

	private final ClaimExplorer explorer;

	private final SourceDirectory sources;

	SourcePageController(ClaimExplorer explorer, SourceDirectory sources) {
		this.explorer = explorer;
		this.sources = sources;
	}

	@GetMapping("/sources")
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String page, Model model) {
		String upper = (kind != null && !kind.isBlank()) ? kind.strip().toUpperCase(Locale.ROOT) : null;
		if (upper != null && !ClaimFilter.SOURCE_KINDS.contains(upper)) {
			model.addAttribute("kindError", true);
			upper = null;
		}
		int number = 0;
		try {
			number = (page != null) ? Math.max(Integer.parseInt(page.strip()), 0) : 0;
		}
		catch (NumberFormatException ex) {
			// ignored: first page
		}
		model.addAttribute("kind", upper);
		model.addAttribute("kinds", ClaimFilter.SOURCE_KINDS);
		model.addAttribute("page", this.explorer.sources(upper, number, PAGE_SIZE));
		model.addAttribute("baseUrl", (upper != null) ? "/sources?kind=" + upper : "/sources");
		return "sources/list";
	}

	@GetMapping("/sources/{id}")
	String show(@PathVariable Long id, @RequestParam Map<String, String> params, Model model) {
		SourceDirectory.SourceDetails source = this.sources.find(id)
			.orElseThrow(() -> new NotFoundException("No source with id " + id + "."));
		if (source.mergedIntoId() != null) {
			return "redirect:/sources/" + source.mergedIntoId();
		}
		ClaimFilter.Parsed parsed = ClaimFilter.parse(params);
		ClaimFilter filter = parsed.filter().withSource(id);
		model.addAttribute("source", source);
		model.addAttribute("stats", this.explorer.stats(ClaimFilter.all().withSource(id)));
		model.addAttribute("filter", filter);
		model.addAttribute("errors", parsed.errors());
		model.addAttribute("page", this.explorer.find(filter));
		model.addAttribute("baseUrl", "/sources/" + id + "?" + filter.withSource(null).queryStringWithSort());
		return "sources/show";
	}

}
