package org.claimtrace.article;

import org.claimtrace.system.NotFoundException;

public class ArticleNotFoundException extends NotFoundException {

	private ArticleNotFoundException(String message) {
		super(message);
	}

	public static ArticleNotFoundException forId(Long id) {
		return new ArticleNotFoundException("No article with id " + id);
	}

}
