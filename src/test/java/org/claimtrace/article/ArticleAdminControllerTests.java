package org.claimtrace.article;

import org.claimtrace.system.EditConflictException;
import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(ArticleAdminController.class)
class ArticleAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ArticleService articles;

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(this.mvc.get().uri("/admin/articles/new")).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void postingWithoutTheCsrfTokenIsForbidden() {
		assertThat(this.mvc.post().uri("/admin/articles").param("title", "x")).hasStatus(403);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEmptyFormComesBackWithAnErrorOnEveryRequiredField() {
		// a browser sends the empty fields as empty strings
		var result = this.mvc.post()
			.uri("/admin/articles")
			.with(csrf())
			.param("title", "")
			.param("url", "")
			.param("outlet", "")
			.param("publishedAt", "")
			.param("body", "")
			.param("status", "PUBLISHED");
		assertThat(result).hasStatusOk()
			.hasViewName("admin/articles/form")
			.model()
			.extractingBindingResult("articleForm")
			.hasFieldErrors("title", "url", "outlet", "publishedAt", "body");
		// a missing address is asked for, not also called a bad one
		assertThat(result).bodyText()
			.contains("Enter the address of the original article.")
			.doesNotContain("Enter a full web address");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aBadUrlAndAFutureDateAreExplained() {
		var result = this.mvc.post()
			.uri("/admin/articles")
			.with(csrf())
			.param("title", "T")
			.param("url", "ft.com/article")
			.param("outlet", "FT")
			.param("publishedAt", "2999-01-01")
			.param("body", "Text")
			.param("status", "PUBLISHED");
		assertThat(result).hasStatusOk().model().extractingBindingResult("articleForm").hasFieldErrors("url");
		assertThat(result).bodyText()
			.contains("Enter a full web address starting with http:// or https://.")
			.contains("The publication date cannot be in the future.");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void binaryDataInTheFormIsExplainedAndTheFormKeepsTheOtherFields() {
		var result = this.mvc.post()
			.uri("/admin/articles")
			.with(csrf())
			.param("title", "Kursk report")
			.param("url", "https://example.org/kursk")
			.param("outlet", "FT")
			.param("publishedAt", "2024-11-18")
			.param("body", "\u0000\u0001\u0002PK\u0003\u0004 not an article")
			.param("status", "PUBLISHED");
		assertThat(result).hasStatusOk().model().extractingBindingResult("articleForm").hasFieldErrors("body");
		assertThat(result).bodyText()
			.contains("The article text holds NUL characters or other binary data.")
			.contains("Kursk report");
		verify(this.articles, never()).create(any(), any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aValidFormSavesAndRedirectsToTheArticle() {
		given(this.articles.create(any(), eq("user"))).willReturn(details(42L));
		assertThat(validPost("/admin/articles")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/articles/42");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aDuplicateUrlIsRefusedWithALinkToTheExistingArticle() {
		given(this.articles.create(any(), any())).willThrow(new DuplicateArticleException("url", 7L));
		assertThat(validPost("/admin/articles")).hasStatusOk()
			.bodyText()
			.contains("An article with this URL is already stored.")
			.contains("href=\"/articles/7\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditConflictKeepsTheEditorsTextAndShowsTheSavedVersion() {
		given(this.articles.update(eq(5L), any(), anyLong(), any()))
			.willThrow(new EditConflictException("article", 5L));
		given(this.articles.details(5L)).willReturn(details(5L));
		assertThat(validPost("/admin/articles/5")).hasStatusOk()
			.bodyText()
			.contains("Another editor saved this article while you were editing")
			.contains("My unsaved paragraph");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void scriptInInputIsEscapedWhenTheFormIsShownAgain() {
		var result = this.mvc.post()
			.uri("/admin/articles")
			.with(csrf())
			.param("title", "<script>alert(1)</script>")
			.param("publishedAt", "not-a-date")
			.param("status", "PUBLISHED");
		assertThat(result).hasStatusOk().bodyText().doesNotContain("<script>alert(1)</script>");
		assertThat(result).bodyText().contains("Enter the date as YYYY-MM-DD.");
	}

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void publishingAndUnpublishingGoThroughTheServiceAndSayWhatHappened() {
		assertThat(this.mvc.post().uri("/admin/articles/5/publish").with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/articles/5")
			.flash()
			.containsEntry("success", "flash.article.published");
		org.mockito.BDDMockito.then(this.articles).should().publish(5L, "ed");
		assertThat(this.mvc.post().uri("/admin/articles/5/unpublish").with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("success", "flash.article.unpublished");
		org.mockito.BDDMockito.then(this.articles).should().unpublish(5L, "ed");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theHistoryShowsWhoChangedWhatFromWhatToWhat() {
		given(this.articles.details(5L)).willReturn(details(5L));
		given(this.articles.history(5L)).willReturn(java.util.List
			.of(new org.claimtrace.system.AuditEntry(1L, java.time.OffsetDateTime.parse("2024-12-18T10:00:00Z"), "ed",
					"claim.edited", "claim", 12L, 5L, "{\"kind\":\"killed\",\"party\":\"North Koreans\"}",
					"{\"kind\":\"wounded\",\"party\":\"North Koreans\"}")));
		assertThat(this.mvc.get().uri("/admin/articles/5/history")).hasStatusOk()
			.bodyText()
			.contains("corrected claim #12")
			.contains("<del>killed</del>")
			.contains("<ins>wounded</ins>")
			.doesNotContain("North Koreans");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theFormOffersDraftOrPublish() {
		assertThat(this.mvc.get().uri("/admin/articles/new")).hasStatusOk()
			.bodyText()
			.contains("name=\"status\" value=\"DRAFT\"")
			.contains("name=\"status\" value=\"PUBLISHED\"");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult validPost(String uri) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("title", "North Korean troops fight in Kursk")
			.param("url", "https://www.ft.com/content/x")
			.param("outlet", "Financial Times")
			.param("publishedAt", "2024-12-17")
			.param("body", "My unsaved paragraph.")
			.param("status", "PUBLISHED")
			.param("version", "0")
			.exchange();
	}

	static ArticleDetails details(Long id) {
		ArticleContent c = ArticleMother.sample(String.valueOf(id));
		return new ArticleDetails(id, c.title(), c.url(), c.outlet(), c.author(), c.publishedAt(), c.body(),
				ArticleStatus.PUBLISHED, ExtractionStatus.PENDING, "editor", c.publishedAt(), c.publishedAt(), 1);
	}

}
