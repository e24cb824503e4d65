package org.claimtrace.article;

/** An article was created, or its body changed: its claims need (re-)extracting. */
public record ArticleSubmitted(Long articleId) {
}
