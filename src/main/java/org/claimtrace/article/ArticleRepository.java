package org.claimtrace.article;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findByUrl(String url);

	Optional<Article> findByContentHash(String contentHash);

	long countByStatus(ArticleStatus status);

	@Query("""
			select new org.claimtrace.article.ArticleSummary(a.id, a.title, a.outlet, a.author, a.publishedAt, a.status,
			  a.extractionStatus, a.url)
			from Article a where a.status = :status order by a.publishedAt desc, a.id desc""")
	Page<ArticleSummary> findSummariesByStatus(ArticleStatus status, Pageable pageable);

	@Query("""
			select new org.claimtrace.article.ArticleSummary(a.id, a.title, a.outlet, a.author, a.publishedAt, a.status,
			  a.extractionStatus, a.url)
			from Article a order by a.updatedAt desc, a.id desc""")
	Page<ArticleSummary> findAllSummaries(Pageable pageable);

}
