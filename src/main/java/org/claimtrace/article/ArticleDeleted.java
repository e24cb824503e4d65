package org.claimtrace.article;

/** An article and everything extracted from it is gone. */
public record ArticleDeleted(Long articleId, String title) {
}
