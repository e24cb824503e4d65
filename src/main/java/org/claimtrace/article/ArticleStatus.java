package org.claimtrace.article;

/** Drafts are visible to editors only. */
public enum ArticleStatus {

	DRAFT, PUBLISHED

}
