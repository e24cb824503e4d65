package org.claimtrace.article.importing;

import org.claimtrace.article.ArticleContent;

/**
 * One line of a JSON Lines file or one item of a feed: an article, or why it cannot be
 * one.
 *
 * @param number line number (JSON Lines) or item number (feeds), from 1
 */
record ImportItem(int number, ArticleContent content, String failure) {

	static ImportItem ok(int number, ArticleContent content) {
		return new ImportItem(number, content, null);
	}

	static ImportItem failed(int number, String reason) {
		return new ImportItem(number, null, reason);
	}

}
