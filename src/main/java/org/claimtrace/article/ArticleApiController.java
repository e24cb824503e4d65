package org.claimtrace.article;

import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.claimtrace.claim.ArticleClaims;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Submit, edit, delete and read news articles")
class ArticleApiController {

	static final String EXAMPLE = """
			{"title": "Shelling hits market in Kherson",
			 "url": "https://news.example.org/2024/12/17/kherson-market",
			 "outlet": "Example News", "author": "A. Reporter", "publishedAt": "2024-12-17",
			 "body": "At least 12 people were killed and 30 wounded when shells hit a market, officials said."}""";

	private static final int MAX_QUERY = 200;

	private final ArticleService articles;

	ArticleApiController(ArticleService articles) {
		this.articles = articles;
	}

	@PostMapping
	@Operation(summary = "Submit an article",
			description = "Stores the article and queues the extraction of its claims.",
			security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic") })
	@ApiResponse(responseCode = "201", description = "Created; Location names the article")
	@ApiResponse(responseCode = "409", description = "An article with this URL or body exists",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ArticleResponse> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(name = "article", value = EXAMPLE))) @Valid @RequestBody ArticleRequest request,
			Principal principal) {
		ArticleDetails saved = this.articles.create(request.toContent(), principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/articles/" + saved.id()))
			.body(ArticleResponse.of(saved, ArticleClaims.empty()));
	}

	@GetMapping
	@Operation(summary = "List published articles",
			description = "Newest first; filter by outlet, publication dates and words in the title.")
	ArticleListResponse list(
			@Parameter(description = "Outlet name, any case") @RequestParam(required = false) String outlet,
			@Parameter(description = "Published on or after (2024-12-01 or a date-time)") @RequestParam(
					required = false) String from,
			@Parameter(description = "Published on or before (2024-12-31 or a date-time)") @RequestParam(
					required = false) String to,
			@Parameter(description = "Words the title contains") @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Instant fromInstant = date("from", from);
		Instant toInstant = date("to", to);
		Instant until = (toInstant == null) ? null
				: (to.strip().length() <= 10) ? toInstant.plus(Duration.ofDays(1)) : toInstant.plusNanos(1);
		String query = (q == null) ? null : q.strip();
		if (query != null && query.length() > MAX_QUERY) {
			throw new IllegalArgumentException("q can be at most " + MAX_QUERY + " characters");
		}
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PageRequests.MAX_SIZE));
		UriComponentsBuilder self = UriComponentsBuilder.fromPath("/api/v1/articles");
		addParam(self, "outlet", outlet);
		addParam(self, "from", from);
		addParam(self, "to", to);
		addParam(self, "q", query);
		return ArticleListResponse.of(this.articles.search(outlet, fromInstant, until, query, pageable), self);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A published article with its claims",
			description = "The ETag header holds the version to send back with PUT.")
	@ApiResponse(responseCode = "200", description = "The article")
	@ApiResponse(responseCode = "404", description = "No published article with this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ArticleResponse> show(@PathVariable Long id) {
		ArticleWithClaims found = this.articles.publishedWithClaims(id);
		return ResponseEntity.ok()
			.eTag(Long.toString(found.article().version()))
			.body(ArticleResponse.of(found.article(), found.claims()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace an article",
			description = "Send the version you read; if someone saved since, the answer is 409 and nothing changes. "
					+ "A changed body is extracted again.",
			security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic") })
	@ApiResponse(responseCode = "200", description = "Saved; the ETag header holds the new version")
	@ApiResponse(responseCode = "409", description = "Changed by someone else since you read it, or duplicate",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ArticleResponse> update(@PathVariable Long id, @Valid @RequestBody ArticleUpdateRequest request,
			Principal principal) {
		this.articles.update(id, request.toContent(), request.version(), principal.getName());
		ArticleWithClaims saved = this.articles.detailsWithClaims(id);
		return ResponseEntity.ok()
			.eTag(Long.toString(saved.article().version()))
			.body(ArticleResponse.of(saved.article(), saved.claims()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an article and its claims",
			security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic") })
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "No article with this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> delete(@PathVariable Long id, Principal principal) {
		this.articles.delete(id, principal.getName());
		return ResponseEntity.noContent().build();
	}

	private static Instant date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Instant parsed = ArticleContent.parsePublishedAt(value);
		if (parsed == null) {
			throw new IllegalArgumentException(
					name + " must be an ISO date (2024-12-17) or date-time (2024-12-17T09:30:00Z)");
		}
		return parsed;
	}

	private static void addParam(UriComponentsBuilder builder, String name, String value) {
		if (value != null && !value.isBlank()) {
			builder.queryParam(name, value.strip());
		}
	}

}
