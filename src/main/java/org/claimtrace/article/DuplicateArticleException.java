package org.claimtrace.article;

import org.claimtrace.system.DuplicateResourceException;

/** The URL or the identical body is already stored: names the existing article. */
public class DuplicateArticleException extends DuplicateResourceException {

	private final Long existingId;

	DuplicateArticleException(String field, Long existingId) {
		super(("url".equals(field) ? "An article with this URL already exists"
				: "An article with an identical body already exists") + " (article " + existingId + ")", field,
				"/articles/" + existingId);
		this.existingId = existingId;
	}

	public Long existingId() {
		return this.existingId;
	}

}
