package org.claimtrace.article;

import java.time.Instant;
import java.util.List;

/** Everything a reader or editor sees of one article. */
public record ArticleDetails(Long id, String title, String url, String outlet, String author, Instant publishedAt,
		String body, ArticleStatus status, ExtractionStatus extractionStatus, String createdBy, Instant createdAt,
		Instant updatedAt, long version) {

	public String permalink() {
		return "/articles/" + this.id;
	}

	/**
	 * The body split on blank lines (or single newlines when it has none), for readable
	 * paragraphs.
	 */
	public List<String> paragraphs() {
		return ArticleText.paragraphs(this.body, List.of())
			.stream()
			.map((segments) -> segments.get(0).text().strip())
			.toList();
	}

	static ArticleDetails of(Article a) {
		return new ArticleDetails(a.getId(), a.getTitle(), a.getUrl(), a.getOutlet(), a.getAuthor(), a.getPublishedAt(),
				a.getBody(), a.getStatus(), a.getExtractionStatus(), a.getCreatedBy(), a.getCreatedAt(),
				a.getUpdatedAt(), a.getVersion());
	}

}
