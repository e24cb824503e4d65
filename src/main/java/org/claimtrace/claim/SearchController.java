package org.claimtrace.claim;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Full-text search: ranked articles and claims, with the explorer's filters on claims.
 */
@Controller
class SearchController {

	static final int ARTICLES_SHOWN = 10;

	private final ClaimExplorer explorer;

	SearchController(ClaimExplorer explorer) {
		this.explorer = explorer;
	}

	@GetMapping("/search")
	String search(@RequestParam Map<String, String> params, Model model) {
		ClaimFilter.Parsed parsed = ClaimFilter.parse(params);
		ClaimFilter filter = parsed.filter();
		model.addAttribute("filter", filter);
		model.addAttribute("errors", parsed.errors());
		model.addAttribute("articles", this.explorer.searchArticles(filter.q(), 0, ARTICLES_SHOWN));
		model.addAttribute("claims", this.explorer.searchClaims(filter));
		model.addAttribute("baseUrl", "/search?" + filter.queryString());
		return "search/results";
	}

}
