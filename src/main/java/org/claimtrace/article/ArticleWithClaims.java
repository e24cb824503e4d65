package org.claimtrace.article;

import org.claimtrace.claim.ArticleClaims;

/** An article and its claims, attributions and place mentions. */
public record ArticleWithClaims(ArticleDetails article, ArticleClaims claims) {
}
