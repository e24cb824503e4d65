package org.claimtrace.article;

import java.time.Instant;

/** An article as the JSON API shows it. */
record ArticleResponse(Long id, String title, String url, String outlet, String author, Instant publishedAt,
		String permalink, ArticleStatus status, ExtractionStatus extractionStatus) {

	static ArticleResponse of(ArticleDetails d) {
		return new ArticleResponse(d.id(), d.title(), d.url(), d.outlet(), d.author(), d.publishedAt(), d.permalink(),
				d.status(), d.extractionStatus());
	}

}
