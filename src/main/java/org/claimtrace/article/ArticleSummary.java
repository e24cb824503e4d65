package org.claimtrace.article;

import java.time.Instant;

/** One row of an article list. */
public record ArticleSummary(Long id, String title, String outlet, String author, Instant publishedAt,
		ArticleStatus status, ExtractionStatus extractionStatus, String url) {

	public String permalink() {
		return "/articles/" + this.id;
	}

}
