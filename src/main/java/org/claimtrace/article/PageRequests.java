package org.claimtrace.article;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Clamp what readers put in the URL: no negative pages, no thousand-row pages. */
final class PageRequests {

	static final int MAX_SIZE = 100;

	private PageRequests() {
	}

	static Pageable bounded(Pageable requested) {
		int size = Math.min(Math.max(requested.getPageSize(), 1), MAX_SIZE);
		int page = Math.max(requested.getPageNumber(), 0);
		return PageRequest.of(page, size);
	}

}
