package org.claimtrace.article;

import java.util.List;

import org.claimtrace.claim.ArticleClaims;
import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebSliceTest(ArticleController.class)
class ArticleControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ArticleService articles;

	@Test
	void theHomePageListsPublishedArticles() {
		ArticleDetails d = ArticleAdminControllerTests.details(3L);
		given(this.articles.published(any()))
			.willReturn(new PageImpl<>(List.of(new ArticleSummary(d.id(), d.title(), d.outlet(), d.author(),
					d.publishedAt(), d.status(), d.extractionStatus(), d.url())), PageRequest.of(0, 20), 1));
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Shelling hits market in town 3")
			.contains("href=\"/articles/3\"")
			.contains("17 December 2024");
	}

	@Test
	void anArticleContainingAScriptTagRendersItAsText() {
		ArticleDetails d = ArticleAdminControllerTests.details(9L);
		given(this.articles.publishedWithClaims(9L))
			.willReturn(new ArticleWithClaims(new ArticleDetails(9L, "<script>alert('t')</script>", d.url(), d.outlet(),
					null, d.publishedAt(), "First.\n\n<script>alert('x')</script>", d.status(), d.extractionStatus(),
					"e", d.createdAt(), d.updatedAt(), 1), ArticleClaims.empty()));
		assertThat(this.mvc.get().uri("/articles/9")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
	}

	@Test
	void anUnknownArticleIs404() {
		given(this.articles.publishedWithClaims(404L)).willThrow(ArticleNotFoundException.forId(404L));
		assertThat(this.mvc.get().uri("/articles/404")).hasStatus(404);
	}

}
