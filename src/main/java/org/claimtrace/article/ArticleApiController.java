package org.claimtrace.article;

import java.net.URI;
import java.security.Principal;

import jakarta.validation.Valid;

import org.claimtrace.claim.ArticleClaims;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/articles")
class ArticleApiController {

	private final ArticleService articles;

	ArticleApiController(ArticleService articles) {
		this.articles = articles;
	}

	@PostMapping
	ResponseEntity<ArticleResponse> create(@Valid @RequestBody ArticleRequest request, Principal principal) {
		ArticleDetails saved = this.articles.create(request.toContent(), principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/articles/" + saved.id()))
			.body(ArticleResponse.of(saved, ArticleClaims.empty()));
	}

	@GetMapping("/{id}")
	ArticleResponse show(@PathVariable Long id) {
		ArticleWithClaims found = this.articles.publishedWithClaims(id);
		return ArticleResponse.of(found.article(), found.claims());
	}

}
