package org.claimtrace.article;

import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.claimtrace.system.PlainText;

/**
 * JSON body of {@code POST /api/v1/articles}.
 *
 * @param publishedAt an ISO date ("2024-12-17") or date-time with offset
 * ("2024-12-17T09:30:00Z")
 */
record ArticleRequest(@NotBlank @Size(max = 500) @PlainText String title,
		@NotBlank @Size(max = 2048) @Pattern(regexp = WebAddress.HTTP_URL_OR_BLANK,
				message = "must be an http(s) URL") @PlainText String url,
		@NotBlank @Size(max = 200) @PlainText String outlet, @Size(max = 300) @PlainText String author,
		@NotBlank(message = "must be an ISO date or date-time") String publishedAt, @NotBlank @PlainText String body,
		ArticleStatus status) {

	@AssertTrue(message = "publishedAt must be an ISO date (2024-12-17) or date-time (2024-12-17T09:30:00Z)")
	boolean isPublishedAtValid() {
		return this.publishedAt == null || this.publishedAt.isBlank()
				|| ArticleContent.parsePublishedAt(this.publishedAt) != null;
	}

	@AssertTrue(message = "body must be at most 5 MB")
	boolean isBodyWithinLimit() {
		return this.body == null || this.body.getBytes(StandardCharsets.UTF_8).length <= ArticleContent.MAX_BODY_BYTES;
	}

	ArticleContent toContent() {
		return new ArticleContent(this.title, this.url, this.outlet, this.author,
				ArticleContent.parsePublishedAt(this.publishedAt), this.body, this.status);
	}

}
