package org.claimtrace.article;

import org.claimtrace.claim.ClaimService;
import org.claimtrace.system.EditConflictException;
import org.claimtrace.system.PostgresJpaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresJpaTest
@Import({ ArticleService.class, ClaimService.class })
@RecordApplicationEvents
class ArticleServiceTests {

	@Autowired
	ArticleService service;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void creatingAnArticleAuditsItAndAsksForExtraction() {
		ArticleDetails saved = this.service.create(ArticleMother.sample("1"), "editor");
		assertThat(this.events.stream(ArticleSubmitted.class)).containsExactly(new ArticleSubmitted(saved.id()));
		assertThat(this.jdbc.sql("select actor || ':' || action from audit_log where article_id = ?")
			.param(saved.id())
			.query(String.class)
			.list()).containsExactly("editor:article.created");
	}

	@Test
	void aDuplicateUrlIsRefusedNamingTheExistingArticle() {
		ArticleDetails first = this.service.create(ArticleMother.sample("2"), "editor");
		ArticleContent again = ArticleMother.sample("2");
		ArticleContent sameUrlOtherText = new ArticleContent(again.title(), again.url(), again.outlet(), null,
				again.publishedAt(), "Different text entirely.", ArticleStatus.PUBLISHED);
		assertThatThrownBy(() -> this.service.create(sameUrlOtherText, "editor"))
			.isInstanceOfSatisfying(DuplicateArticleException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("url");
				assertThat(ex.existingId()).isEqualTo(first.id());
			});
	}

	@Test
	void anIdenticalBodyUnderAnotherUrlIsRefusedWhateverItsWhitespace() {
		ArticleDetails first = this.service.create(ArticleMother.sample("3"), "editor");
		ArticleContent copy = new ArticleContent("Copy", "https://elsewhere.example.com/copy", "Elsewhere", null,
				first.publishedAt(), "  " + first.body().replace(" ", "   ") + "\n", ArticleStatus.PUBLISHED);
		assertThatThrownBy(() -> this.service.create(copy, "editor"))
			.isInstanceOfSatisfying(DuplicateArticleException.class, (ex) -> assertThat(ex.field()).isEqualTo("body"));
	}

	@Test
	void theSecondOfTwoEditorsWorkingFromTheSameVersionGetsAConflictAndTheFirstEditIsKept() {
		ArticleDetails original = this.service.create(ArticleMother.sample("4"), "editor");
		ArticleContent first = withTitle(ArticleMother.sample("4"), "First editor's title");
		ArticleContent second = withTitle(ArticleMother.sample("4"), "Second editor's title");
		this.service.update(original.id(), first, original.version(), "alice");
		assertThatThrownBy(() -> this.service.update(original.id(), second, original.version(), "bob"))
			.isInstanceOf(EditConflictException.class);
		assertThat(this.service.details(original.id()).title()).isEqualTo("First editor's title");
	}

	@Test
	void draftsAreNotPublic() {
		ArticleDetails draft = this.service.create(ArticleMother.draft("5"), "editor");
		assertThatThrownBy(() -> this.service.publishedDetails(draft.id()))
			.isInstanceOf(ArticleNotFoundException.class);
	}

	private static ArticleContent withTitle(ArticleContent c, String title) {
		return new ArticleContent(title, c.url(), c.outlet(), c.author(), c.publishedAt(), c.body(), c.status());
	}

	@Test
	void publishingAndUnpublishingAreAuditedAndDecideWhatReadersSee() {
		ArticleDetails draft = this.service.create(ArticleMother.draft("6"), "editor");
		assertThat(this.service.published(org.springframework.data.domain.PageRequest.of(0, 50)).getContent())
			.noneMatch((a) -> a.id().equals(draft.id()));
		this.service.publish(draft.id(), "chief");
		assertThat(this.service.publishedDetails(draft.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
		this.service.publish(draft.id(), "chief");
		this.service.unpublish(draft.id(), "chief");
		assertThatThrownBy(() -> this.service.publishedDetails(draft.id()))
			.isInstanceOf(ArticleNotFoundException.class);
		assertThat(this.service.history(draft.id())).extracting((e) -> e.actor() + ":" + e.action())
			.as("newest first; publishing a published article changes nothing")
			.containsExactly("chief:article.unpublished", "chief:article.published", "editor:article.created");
		assertThat(this.service.history(draft.id()).get(0).changes())
			.containsExactly(new org.claimtrace.system.AuditEntry.Change("status", "PUBLISHED", "DRAFT"));
		assertThat(this.service.countByStatus().get(ArticleStatus.DRAFT)).isGreaterThanOrEqualTo(1);
	}

}
