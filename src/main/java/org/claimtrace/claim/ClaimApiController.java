package org.claimtrace.claim;

import java.util.List;
import java.util.Map;

import org.claimtrace.system.InvalidParametersException;
import org.claimtrace.system.PagedResponse;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read API for claims and search (public GET). Bad parameters are a 400 problem detail.
 */
@RestController
@RequestMapping("/api/v1")
class ClaimApiController {

	private final ClaimExplorer explorer;

	ClaimApiController(ClaimExplorer explorer) {
		this.explorer = explorer;
	}

	@GetMapping("/claims")
	PagedResponse<ClaimResponse> list(@RequestParam Map<String, String> params) {
		ClaimFilter filter = valid(params);
		return PagedResponse.of(this.explorer.find(filter), ClaimResponse::of,
				"/api/v1/claims?" + filter.queryStringWithSort());
	}

	@GetMapping("/claims/{id}")
	ClaimResponse show(@PathVariable Long id) {
		return this.explorer.findById(id).map(ClaimResponse::of).orElseThrow(() -> ClaimNotFoundException.forId(id));
	}

	/**
	 * Search hits: articles (first page, best first) and claims (paged, with the
	 * explorer's filters).
	 */
	record SearchResponse(String q, List<ArticleHit> articles, long totalArticles,
			PagedResponse<ClaimHitResponse> claims) {
	}

	record ArticleHit(Long id, String title, String url, String outlet, java.time.Instant publishedAt, double rank,
			String snippetHtml, String permalink) {
	}

	record ClaimHitResponse(ClaimResponse claim, double rank, String snippetHtml) {
	}

	@GetMapping("/search")
	SearchResponse search(@RequestParam Map<String, String> params) {
		ClaimFilter filter = valid(params);
		if (filter.q() == null) {
			throw InvalidParametersException.of("q", "Enter something to search for.");
		}
		Page<SearchHit> articles = this.explorer.searchArticles(filter.q(), 0, SearchController.ARTICLES_SHOWN);
		return new SearchResponse(filter.q(),
				articles.getContent()
					.stream()
					.map((h) -> new ArticleHit(h.id(), h.title(), h.url(), h.outlet(), h.publishedAt(), h.rank(),
							h.snippetHtml(), h.permalink()))
					.toList(),
				articles.getTotalElements(),
				PagedResponse.of(this.explorer.searchClaims(filter),
						(h) -> new ClaimHitResponse(ClaimResponse.of(h.claim()), h.rank(), h.snippetHtml()),
						"/api/v1/search?" + filter.queryString()));
	}

	private static ClaimFilter valid(Map<String, String> params) {
		ClaimFilter.Parsed parsed = ClaimFilter.parse(params);
		if (!parsed.valid()) {
			throw new InvalidParametersException(
					parsed.errors().stream().map((e) -> Map.of("field", e.field(), "message", e.message())).toList());
		}
		return parsed.filter();
	}

}
