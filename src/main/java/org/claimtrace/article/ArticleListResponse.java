package org.claimtrace.article;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/** One page of {@code GET /api/v1/articles}, with links to its neighbours. */
record ArticleListResponse(List<ArticleSummary> items, int page, int size, long totalItems, int totalPages,
		Links links) {

	static ArticleListResponse of(Page<ArticleSummary> page, UriComponentsBuilder query) {
		int number = page.getNumber();
		return new ArticleListResponse(page.getContent(), number, page.getSize(), page.getTotalElements(),
				page.getTotalPages(),
				new Links(link(query, number, page.getSize()),
						page.hasNext() ? link(query, number + 1, page.getSize()) : null,
						page.hasPrevious() ? link(query, number - 1, page.getSize()) : null));
	}

	private static String link(UriComponentsBuilder query, int page, int size) {
		return query.cloneBuilder()
			.replaceQueryParam("page", page)
			.replaceQueryParam("size", size)
			.build()
			.encode()
			.toUriString();
	}

	/** Absent (null) where there is no such page. */
	record Links(String self, String next, String prev) {
	}

}
