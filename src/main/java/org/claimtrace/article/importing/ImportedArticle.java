package org.claimtrace.article.importing;

import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.claimtrace.system.PlainText;

import org.claimtrace.article.ArticleContent;
import org.claimtrace.article.ArticleStatus;
import org.claimtrace.article.WebAddress;

/**
 * One line of a JSON Lines import: the same fields as {@code POST /api/v1/articles}
 * (unknown fields are ignored).
 */
record ImportedArticle(
		@NotBlank(message = "title is missing") @Size(max = 500,
				message = "title is longer than 500 characters") @PlainText(
						message = "title is not plain text (NUL characters or binary data)") String title,
		@NotBlank(message = "url is missing") @Size(max = 2048,
				message = "url is longer than 2048 characters") @Pattern(regexp = WebAddress.HTTP_URL_OR_BLANK,
						message = "url is not an http(s) URL") @PlainText(
								message = "url is not plain text (NUL characters or binary data)") String url,
		@NotBlank(message = "outlet is missing") @Size(max = 200,
				message = "outlet is longer than 200 characters") @PlainText(
						message = "outlet is not plain text (NUL characters or binary data)") String outlet,
		@Size(max = 300, message = "author is longer than 300 characters") @PlainText(
				message = "author is not plain text (NUL characters or binary data)") String author,
		@NotBlank(message = "publishedAt is missing") String publishedAt,
		@NotBlank(message = "body is missing") @PlainText(
				message = "body is not plain text: it holds NUL characters or binary data") String body,
		ArticleStatus status) {

	@AssertTrue(message = "publishedAt is not an ISO date (2024-12-17) or date-time (2024-12-17T09:30:00Z)")
	boolean isPublishedAtValid() {
		return this.publishedAt == null || this.publishedAt.isBlank()
				|| ArticleContent.parsePublishedAt(this.publishedAt) != null;
	}

	@AssertTrue(message = "body is larger than 5 MB")
	boolean isBodyWithinLimit() {
		return this.body == null || this.body.getBytes(StandardCharsets.UTF_8).length <= ArticleContent.MAX_BODY_BYTES;
	}

	ArticleContent toContent() {
		return new ArticleContent(this.title, this.url, this.outlet, this.author,
				ArticleContent.parsePublishedAt(this.publishedAt), this.body, this.status);
	}

}
