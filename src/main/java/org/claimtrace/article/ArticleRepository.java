package org.claimtrace.article;

import java.time.Instant;
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

	/**
	 * Published articles for the API list; outlet and title filters are optional (null).
	 * @param titlePattern a lower-case LIKE pattern with {@code \} as escape
	 */
	@Query("""
			select new org.claimtrace.article.ArticleSummary(a.id, a.title, a.outlet, a.author, a.publishedAt, a.status,
			  a.extractionStatus, a.url)
			from Article a
			where a.status = org.claimtrace.article.ArticleStatus.PUBLISHED
			  and (:outlet is null or lower(a.outlet) = :outlet)
			  and a.publishedAt >= :from and a.publishedAt < :until
			  and (:titlePattern is null or lower(a.title) like :titlePattern escape '\\')
			order by a.publishedAt desc, a.id desc""")
	Page<ArticleSummary> search(String outlet, Instant from, Instant until, String titlePattern, Pageable pageable);

}
