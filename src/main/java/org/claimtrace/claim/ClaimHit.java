package org.claimtrace.claim;

import java.util.List;

/** A claim found by full-text search, with its sentence highlighted. */
public record ClaimHit(ClaimRow claim, double rank, List<SearchHit.Snippet> snippet) {

	public String snippetHtml() {
		return SearchHit.html(this.snippet);
	}

}
