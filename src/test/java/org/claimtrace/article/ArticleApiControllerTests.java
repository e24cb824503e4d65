package org.claimtrace.article;

import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebSliceTest(ArticleApiController.class)
class ArticleApiControllerTests {

	static final String VALID = """
			{"title":"North Korean troops fight in Kursk","url":"https://www.ft.com/content/x",
			 "outlet":"Financial Times","publishedAt":"2024-12-17","body":"Text."}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ArticleService articles;

	@Test
	void anonymousWritesAreRejectedWith401() {
		assertThat(this.mvc.post().uri("/api/v1/articles").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.hasStatus(401);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorCreatesAnArticle() {
		given(this.articles.create(any(), any())).willReturn(ArticleAdminControllerTests.details(11L));
		assertThat(this.mvc.post().uri("/api/v1/articles").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.hasStatus(201)
			.hasHeader("Location", "/api/v1/articles/11")
			.bodyJson()
			.extractingPath("$.permalink")
			.isEqualTo("/articles/11");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aDuplicateUrlIs409NamingTheExistingArticle() {
		given(this.articles.create(any(), any())).willThrow(new DuplicateArticleException("url", 7L));
		var result = this.mvc.post().uri("/api/v1/articles").contentType(MediaType.APPLICATION_JSON).content(VALID);
		assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.existing").isEqualTo("/articles/7");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidFieldsAre400ProblemDetailWithFieldErrors() {
		var result = this.mvc.post()
			.uri("/api/v1/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"title\":\"\",\"url\":\"nope\",\"outlet\":\"FT\",\"publishedAt\":\"17/12/2024\",\"body\":\"x\"}");
		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("title", "url", "publishedAtValid");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void malformedJsonIs400NotA500() {
		assertThat(this.mvc.post().uri("/api/v1/articles").contentType(MediaType.APPLICATION_JSON).content("{nope"))
			.hasStatus(400);
	}

	@Test
	void readingAnUnknownArticleIs404ProblemDetail() {
		given(this.articles.publishedWithClaims(99L)).willThrow(ArticleNotFoundException.forId(99L));
		assertThat(this.mvc.get().uri("/api/v1/articles/99")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anOptionalStatusSavesADraftAndTheDefaultStaysPublished() {
		given(this.articles.create(any(), any())).willReturn(ArticleAdminControllerTests.details(11L));
		String draft = VALID.replace("\"body\":\"Text.\"", "\"body\":\"Text.\",\"status\":\"DRAFT\"");
		assertThat(this.mvc.post().uri("/api/v1/articles").contentType(MediaType.APPLICATION_JSON).content(draft))
			.hasStatus(201);
		assertThat(this.mvc.post().uri("/api/v1/articles").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.hasStatus(201);
		org.mockito.ArgumentCaptor<ArticleContent> saved = org.mockito.ArgumentCaptor.forClass(ArticleContent.class);
		org.mockito.BDDMockito.then(this.articles).should(org.mockito.Mockito.times(2)).create(saved.capture(), any());
		assertThat(saved.getAllValues()).extracting(ArticleContent::status)
			.containsExactly(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED);
	}

	@Test
	void aDraftIsNotFoundForReaders() {
		given(this.articles.publishedWithClaims(12L)).willThrow(ArticleNotFoundException.forId(12L));
		assertThat(this.mvc.get().uri("/api/v1/articles/12")).hasStatus(404);
	}

}
