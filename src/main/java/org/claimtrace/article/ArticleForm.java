package org.claimtrace.article;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.claimtrace.system.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/** The admin article form (create and edit). */
class ArticleForm {

	@NotBlank(message = "{article.title.required}")
	@Size(max = 500, message = "{article.title.size}")
	@PlainText(message = "{article.text.binary}")
	private String title;

	@NotBlank(message = "{article.url.required}")
	@Size(max = 2048, message = "{article.url.size}")
	@Pattern(regexp = WebAddress.HTTP_URL_OR_BLANK, message = "{article.url.invalid}")
	@PlainText(message = "{article.text.binary}")
	private String url;

	@NotBlank(message = "{article.outlet.required}")
	@Size(max = 200, message = "{article.outlet.size}")
	@PlainText(message = "{article.text.binary}")
	private String outlet;

	@Size(max = 300, message = "{article.author.size}")
	@PlainText(message = "{article.text.binary}")
	private String author;

	@NotNull(message = "{article.publishedAt.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedAt;

	@NotBlank(message = "{article.body.required}")
	@PlainText(message = "{article.body.binary}")
	private String body;

	@NotNull
	private ArticleStatus status = ArticleStatus.PUBLISHED;

	private long version;

	@AssertTrue(message = "{article.body.tooLarge}")
	public boolean isBodyWithinLimit() {
		return this.body == null || this.body.getBytes(StandardCharsets.UTF_8).length <= ArticleContent.MAX_BODY_BYTES;
	}

	@AssertTrue(message = "{article.publishedAt.future}")
	public boolean isPublishedAtNotInFuture() {
		return this.publishedAt == null || !this.publishedAt.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
	}

	ArticleContent toContent() {
		return new ArticleContent(this.title, this.url, this.outlet, this.author,
				this.publishedAt.atStartOfDay(ZoneOffset.UTC).toInstant(), this.body, this.status);
	}

	static ArticleForm of(ArticleDetails details) {
		ArticleForm form = new ArticleForm();
		form.title = details.title();
		form.url = details.url();
		form.outlet = details.outlet();
		form.author = details.author();
		form.publishedAt = LocalDate.ofInstant(details.publishedAt(), ZoneOffset.UTC);
		form.body = details.body();
		form.status = details.status();
		form.version = details.version();
		return form;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getOutlet() {
		return this.outlet;
	}

	public void setOutlet(String outlet) {
		this.outlet = outlet;
	}

	public String getAuthor() {
		return this.author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public LocalDate getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(LocalDate publishedAt) {
		this.publishedAt = publishedAt;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public void setStatus(ArticleStatus status) {
		this.status = status;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
