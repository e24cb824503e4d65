package org.claimtrace.claim;

import java.util.List;

/** One article's text and every claim on it (rejected ones included), for editors. */
public record ArticleReview(Long articleId, String title, String body, String status, List<ClaimReviewRow> claims) {

	public long unreviewed() {
		return this.claims.stream().filter((c) -> "UNREVIEWED".equals(c.reviewStatus())).count();
	}

}
