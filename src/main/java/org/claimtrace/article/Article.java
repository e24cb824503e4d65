package org.claimtrace.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A news article as an editor submitted it. Never leaves {@link ArticleService}. */
@Entity
@Table(name = "article")
class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String url;

	private String outlet;

	private String author;

	private Instant publishedAt;

	private String body;

	private String contentHash;

	private String language;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status;

	@Enumerated(EnumType.STRING)
	private ExtractionStatus extractionStatus;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	@Column(nullable = false)
	private long version;

	protected Article() {
	}

	Article(ArticleContent content, String createdBy, Instant now) {
		this.createdBy = createdBy;
		this.createdAt = now;
		this.language = "en";
		this.extractionStatus = ExtractionStatus.PENDING;
		apply(content, now);
	}

	/** Returns true when the body changed, so claims must be extracted again. */
	boolean apply(ArticleContent content, Instant now) {
		boolean bodyChanged = this.body == null || !this.contentHash.equals(content.contentHash());
		this.title = content.title();
		this.url = content.url();
		this.outlet = content.outlet();
		this.author = content.author();
		this.publishedAt = content.publishedAt();
		this.body = content.body();
		this.contentHash = content.contentHash();
		this.status = content.status();
		this.updatedAt = now;
		if (bodyChanged) {
			this.extractionStatus = ExtractionStatus.PENDING;
		}
		return bodyChanged;
	}

	/** Returns false when it already was in that state. */
	boolean changeStatus(ArticleStatus status, Instant now) {
		if (this.status == status) {
			return false;
		}
		this.status = status;
		this.updatedAt = now;
		return true;
	}

	void markExtraction(ExtractionStatus status, Instant now) {
		this.extractionStatus = status;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getTitle() {
		return this.title;
	}

	String getUrl() {
		return this.url;
	}

	String getOutlet() {
		return this.outlet;
	}

	String getAuthor() {
		return this.author;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	String getBody() {
		return this.body;
	}

	String getContentHash() {
		return this.contentHash;
	}

	String getLanguage() {
		return this.language;
	}

	ArticleStatus getStatus() {
		return this.status;
	}

	ExtractionStatus getExtractionStatus() {
		return this.extractionStatus;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
