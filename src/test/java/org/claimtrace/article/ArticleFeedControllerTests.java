package org.claimtrace.article;

import java.time.Instant;
import java.util.List;

import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebSliceTest(ArticleFeedController.class)
class ArticleFeedControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ArticleService articles;

	@Test
	void theAtomFeedListsNewlyPublishedArticlesWithTheirPermalinks() {
		given(this.articles.published(any())).willReturn(new PageImpl<>(List.of(new ArticleSummary(7L,
				"Troops <in> Kursk & beyond", "Financial Times", "C. Miller", Instant.parse("2024-12-17T08:00:00Z"),
				ArticleStatus.PUBLISHED, ExtractionStatus.DONE, "https://www.ft.com/content/kursk"))));
		assertThat(this.mvc.get().uri("/feed.atom")).hasStatusOk()
			.hasContentType("application/atom+xml;charset=UTF-8")
			.bodyText()
			.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
			.contains("<title>Troops &lt;in&gt; Kursk &amp; beyond</title>")
			.contains("http://localhost/articles/7")
			.contains("rel=\"self\"")
			.contains("<name>C. Miller, Financial Times</name>")
			.contains("2024-12-17T08:00:00Z");
	}

	@Test
	void anEmptyFeedIsStillValidAtom() {
		given(this.articles.published(any())).willReturn(new PageImpl<>(List.of()));
		assertThat(this.mvc.get().uri("/feed.atom")).hasStatusOk()
			.bodyText()
			.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
			.doesNotContain("<entry>");
	}

}
