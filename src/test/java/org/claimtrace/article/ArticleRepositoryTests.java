package org.claimtrace.article;

import java.time.Instant;

import org.claimtrace.system.PostgresJpaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresJpaTest
class ArticleRepositoryTests {

	@Autowired
	ArticleRepository articles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void migrationsCreateTheWholeSchemaOnPostgres17() {
		String version = this.jdbc.sql("show server_version").query(String.class).single();
		assertThat(version).startsWith("17.");
		assertThat(this.jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
			.query(String.class)
			.list()).contains("article", "claim", "attribution", "source", "source_alias", "location", "location_name",
					"location_mention", "extraction_job", "app_user", "audit_log");
	}

	@Test
	void savesAndReadsBackAnArticleWithUtcTimestamps() {
		Article saved = this.articles.saveAndFlush(new Article(ArticleMother.sample("a"), "editor", Instant.now()));
		Article found = this.articles.findById(saved.getId()).orElseThrow();
		assertThat(found.getTitle()).isEqualTo("Shelling hits market in town a");
		assertThat(found.getPublishedAt()).isEqualTo(Instant.parse("2024-12-17T00:00:00Z"));
		assertThat(found.getExtractionStatus()).isEqualTo(ExtractionStatus.PENDING);
		assertThat(found.getContentHash()).hasSize(64);
	}

	@Test
	void theDatabaseRefusesASecondArticleWithTheSameUrl() {
		this.articles.saveAndFlush(new Article(ArticleMother.sample("b"), "editor", Instant.now()));
		ArticleContent other = ArticleMother.sample("c");
		ArticleContent sameUrl = new ArticleContent("Other", "https://news.example.org/story-b", "X", null,
				other.publishedAt(), other.body(), ArticleStatus.PUBLISHED);
		assertThatThrownBy(() -> this.articles.saveAndFlush(new Article(sameUrl, "editor", Instant.now())))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("uq_article_url");
	}

	@Test
	void publicListShowsPublishedArticlesNewestFirstAndHidesDrafts() {
		ArticleContent older = ArticleMother.sample("old");
		this.articles.save(new Article(
				new ArticleContent(older.title(), older.url(), older.outlet(), null,
						Instant.parse("2024-01-01T00:00:00Z"), older.body(), ArticleStatus.PUBLISHED),
				"e", Instant.now()));
		this.articles.save(new Article(ArticleMother.sample("new"), "e", Instant.now()));
		this.articles.save(new Article(ArticleMother.draft("draft"), "e", Instant.now()));
		var page = this.articles.findSummariesByStatus(ArticleStatus.PUBLISHED, PageRequest.of(0, 10));
		assertThat(page.getContent()).extracting(ArticleSummary::title)
			.containsExactly("Shelling hits market in town new", "Shelling hits market in town old");
	}

}
