package org.claimtrace.article;

import java.time.Instant;
import java.util.List;

import org.claimtrace.claim.ArticleClaims;

/**
 * An article as the JSON API shows it; claims are absent (empty) right after creation.
 */
record ArticleResponse(Long id, String title, String url, String outlet, String author, Instant publishedAt,
		String permalink, ArticleStatus status, ExtractionStatus extractionStatus, List<ArticleClaims.ClaimView> claims,
		List<ArticleClaims.AttributionView> attributions, List<ArticleClaims.PlaceMentionView> locations) {

	static ArticleResponse of(ArticleDetails d, ArticleClaims claims) {
		return new ArticleResponse(d.id(), d.title(), d.url(), d.outlet(), d.author(), d.publishedAt(), d.permalink(),
				d.status(), d.extractionStatus(), claims.claims(), claims.attributions(), claims.locations());
	}

}
